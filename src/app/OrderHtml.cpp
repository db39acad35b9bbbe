#include "OrderHtml.h"

#include "providers/FormSchema.h"
#include "providers/Provider.h"

namespace OrderDesk {

QString OrderHtml::row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">") + label.toHtmlEscaped() +
           QStringLiteral("</th><td>") + value.toHtmlEscaped() + QStringLiteral("</td></tr>");
}

QString OrderHtml::parameters(const Provider* provider, const QMap<QString, QString>& params)
{
    QString html = QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">");
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        QString name = it.key();
        if (provider) {
            if (const FieldSpec* field = provider->schema().field(it.key()))
                name = tr("%1 (%2)").arg(provider->schema().label(*field).toString(), it.key());
        }
        html += row(name, it.value());
    }
    return html + QStringLiteral("</table>");
}

} // namespace OrderDesk
