#pragma once

#include "SeedExamples.h"
#include "providers/ErrorInfo.h"
#include "providers/OrderRequest.h"
#include "providers/ValidationIssue.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

Q_DECLARE_METATYPE(OrderDesk::ErrorCategory)
Q_DECLARE_METATYPE(OrderDesk::RetrySafety)

// Helpers the provider suites share: seed orders and the parts of validation results they compare.
namespace ProviderTestSupport {

// The example values of a provider's API page, as SeedExamples lists them.
inline OrderDesk::OrderRequest seedExampleOrder(const QString& provider)
{
    OrderDesk::OrderRequest request;
    for (const QString& param : SeedExamples::params(provider)) {
        const qsizetype separator = param.indexOf(QLatin1Char('='));
        request.params.insert(param.left(separator), param.mid(separator + 1));
    }
    return request;
}

// The fields of the issues, in the order they were reported.
inline QStringList issueFields(const QList<OrderDesk::ValidationIssue>& issues)
{
    QStringList fields;
    for (const OrderDesk::ValidationIssue& issue : issues)
        fields.append(issue.field);
    return fields;
}

// The fields of the issues, sorted: for comparing several issues whose order does not matter.
inline QStringList sortedIssueFields(const QList<OrderDesk::ValidationIssue>& issues)
{
    QStringList fields = issueFields(issues);
    fields.sort();
    return fields;
}

// The English messages of the issues, in the order they were reported.
inline QStringList issueTexts(const QList<OrderDesk::ValidationIssue>& issues)
{
    QStringList texts;
    for (const OrderDesk::ValidationIssue& issue : issues)
        texts.append(issue.message.toEnglish());
    return texts;
}

} // namespace ProviderTestSupport
