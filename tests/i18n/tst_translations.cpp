#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type;
    bool numerus = false;
};

QList<Message> readCatalogue(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages.append(current);
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chinese_everyMessageTranslatedWithTheSamePlaceholders()
    {
        const QList<Message> messages = readCatalogue(QStringLiteral(ORDERDESK_TS_DIR "/orderdesk_zh_CN.ts"));
        QVERIFY2(!messages.isEmpty(), "orderdesk_zh_CN.ts is missing or empty");
        QStringList problems;
        for (const Message& message : messages) {
            const QString where =
                message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
            if (!message.type.isEmpty())
                problems.append(QStringLiteral("%1 is %2").arg(where, message.type));
            else if (message.translation.trimmed().isEmpty())
                problems.append(QStringLiteral("%1 has no translation").arg(where));
            else if (!message.numerus && placeholders(message.source) != placeholders(message.translation))
                problems.append(QStringLiteral("%1 has other placeholders in Chinese").arg(where));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Seen: one concept under three names (客户端Token / 幂等令牌 / 幂等Token), and API jargon
    // ("idempotency") a finance clerk does not know. The field's name on the form is the name.
    void clientToken_hasOneNameInEachLanguage()
    {
        const QList<Message> messages = readCatalogue(QStringLiteral(ORDERDESK_TS_DIR "/orderdesk_zh_CN.ts"));
        QStringList problems;
        for (const Message& message : messages) {
            if (message.source.contains(QLatin1String("idempoten"), Qt::CaseInsensitive))
                problems.append(message.source);
            if (message.translation.contains(QString::fromUtf8("幂等")) ||
                message.translation.contains(QString::fromUtf8("令牌")))
                problems.append(message.translation);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
