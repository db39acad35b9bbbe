#include "CliApplication.h"
#include "SeedExamples.h"
#include "TestArtifacts.h"
#include "TestSecrets.h"
#include "common/FixedClock.h"
#include "common/SequenceNonceSource.h"
#include "common/TranslationLoader.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderRecord.h"
#include "providers/ProviderRegistry.h"
#include "providers/RequestPreview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace OrderDesk;

namespace {

const QString kKeyId = TestSecrets::accessKeyId();
const QString kSecret = TestSecrets::accessKeySecret();
const QDateTime kNow = QDateTime(QDate(2026, 11, 23), QTime(9, 30, 0), Qt::UTC);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& args, const QProcessEnvironment& environment = QProcessEnvironment(),
           QString input = QString())
{
    ProviderRegistry providers;
    FixedClock clock(kNow);
    SequenceNonceSource nonces;
    Run run;
    QTextStream in(&input, QIODevice::ReadOnly);
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CliApplication cli(providers, clock, nonces, in, out, err, environment);
    run.exitCode = cli.run(QStringList{QStringLiteral("orderdesk-cli")} + args);
    return run;
}

QProcessEnvironment credentials()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("ORDERDESK_ACCESS_KEY_ID"), kKeyId);
    environment.insert(QStringLiteral("ORDERDESK_ACCESS_KEY_SECRET"), kSecret);
    return environment;
}

// Terminal columns as the test counts them, apart from the CLI's own helper: Han, fullwidth
// punctuation and the CJK symbols take two.
int displayWidth(const QString& text)
{
    int columns = 0;
    for (const char32_t c : text.toUcs4())
        columns += (c >= 0x3000 && c <= 0x9FFF) || (c >= 0xFF01 && c <= 0xFF60) ? 2 : 1;
    return columns;
}

// Four orders with Chinese accounts, resources and statuses, straight into a ledger in `folder`.
void importHistory(const QString& folder)
{
    FixedClock clock(kNow);
    OrderLedger ledger(clock);
    QVERIFY(ledger.open(folder + QStringLiteral("/ledger.sqlite")));
    const auto record = [](const char* provider, const QString& profile, const QString& resource,
                           OrderStatus status) {
        OrderRecord r;
        r.provider = QString::fromLatin1(provider);
        r.profile = profile;
        r.resourceId = resource;
        r.status = status;
        r.region = QStringLiteral("cn-beijing");
        r.operatorName = QStringLiteral("zhang.san");
        r.createdUtc = r.updatedUtc = kNow.addSecs(-3600);
        r.attempts = 1;
        return r;
    };
    OrderRecord succeeded = record("volcengine", QStringLiteral("财务部"), QStringLiteral("dcc-专线-一号"),
                                   OrderStatus::Succeeded);
    succeeded.orderId = QStringLiteral("2107000001");
    OrderRecord rejected =
        record("aliyun", QStringLiteral("finance-main"), QStringLiteral("pc-bj-02"), OrderStatus::Rejected);
    rejected.errorCode = QStringLiteral("Forbidden.NotEnoughBalance");
    OrderRecord notPlaced =
        record("unicloud", QStringLiteral("审计组"), QStringLiteral("nas-审计-01"), OrderStatus::NotPlaced);
    notPlaced.resolution = OrderResolution::NotPlaced;
    const QList<OrderRecord> records{
        succeeded, rejected,
        record("huaweicloud", QStringLiteral("财务部"), QStringLiteral("project-三号"), OrderStatus::Unknown),
        notPlaced};
    QCOMPARE(ledger.importRecords(records), 4);
}

} // namespace

class TestCliApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_translations.setLanguage(QStringLiteral("en")); }

    void help_listsCommandsAndProviders()
    {
        const Run run = runCli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char* word :
             {"order", "retry", "resolve", "history", "export --csv", "profiles", "providers", "--dry-run",
              "--param", "--yes", "--json", "--profile", "--data-dir", "volcengine", "aliyun", "unicloud",
              "huaweicloud", "ORDERDESK_ACCESS_KEY_ID"})
            QVERIFY2(run.out.contains(QLatin1String(word)), word);
    }

    void version_printsProjectVersion()
    {
        const Run run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("orderdesk-cli " ORDERDESK_VERSION));
    }

    void noArguments_isUsageError()
    {
        const Run run = runCli({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("Usage")));
    }

    void unknownCommand_isUsageError()
    {
        const Run run = runCli({QStringLiteral("buy")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("\"buy\"")));
    }

    void providers_listsAllFour()
    {
        const Run run = runCli({QStringLiteral("providers")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed().split(QLatin1Char('\n')).size(), 4);
        QVERIFY(run.out.contains(QLatin1String("CreatePhysicalConnectionOccupancyOrder")));
    }

    void providersOne_listsItsFieldsByApiName()
    {
        const Run run = runCli({QStringLiteral("providers"), QStringLiteral("aliyun")});
        QCOMPARE(run.exitCode, 0);
        for (const char* field :
             {"RegionId", "PhysicalConnectionId", "Period", "PricingCycle", "ClientToken"})
            QVERIFY2(run.out.contains(QLatin1String(field)), field);
    }

    void providersOne_inChinese_showsTranslatedLabelsAndTypes()
    {
        QVERIFY(m_translations.setLanguage(QStringLiteral("zh_CN")));
        const Run run = runCli({QStringLiteral("providers"), QStringLiteral("aliyun")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Period  [整数]")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("RegionId  [文本]")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("PricingCycle  [可选值之一]")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QLatin1String("[integer]")));
    }

    void order_unknownProvider_isUsageError()
    {
        const Run run = runCli({QStringLiteral("order"), QStringLiteral("aws"), QStringLiteral("--dry-run")},
                               credentials());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("\"aws\"")));
    }

    void order_notConfirmed_sendsNothingAndRecordsNothing()
    {
        QTemporaryDir data;
        TestArtifacts::keepIfAsked(data);
        QVERIFY(data.isValid());
        // The answer is "n", then the input ends: both count as no.
        for (const QString& answer : {QStringLiteral("n\n"), QString()}) {
            const Run run = runCli(QStringList{QStringLiteral("order"), QStringLiteral("volcengine"),
                                               QStringLiteral("--data-dir"), data.path()} +
                                       SeedExamples::paramArguments(QStringLiteral("volcengine")),
                                   credentials(), answer);
            QCOMPARE(run.exitCode, 5);
            QVERIFY2(run.out.contains(QLatin1String("dcc-")), qPrintable(run.out)); // the summary was shown
            QVERIFY2(run.err.contains(QLatin1String("Type y to confirm")), qPrintable(run.err));
            QVERIFY2(run.err.contains(QLatin1String("nothing was sent")), qPrintable(run.err));
        }
        const Run history = runCli(
            {QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(history.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(history.out.toUtf8()).array().size(), 0);
    }

    void order_malformedParam_isUsageError()
    {
        const Run run =
            runCli({QStringLiteral("order"), QStringLiteral("volcengine"), QStringLiteral("--dry-run"),
                    QStringLiteral("--param"), QStringLiteral("Period")},
                   credentials());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("NAME=VALUE")));
    }

    void order_invalidParams_reportsEveryProblem()
    {
        const Run run =
            runCli({QStringLiteral("order"), QStringLiteral("aliyun"), QStringLiteral("--dry-run"),
                    QStringLiteral("--param"), QStringLiteral("Period=0"), QStringLiteral("--param"),
                    QStringLiteral("Bogus=1")},
                   credentials());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        // Missing required fields, the out-of-range period and the unknown parameter, all at once.
        for (const char* field : {"RegionId:", "PhysicalConnectionId:", "Period:", "Bogus:"})
            QVERIFY2(run.err.contains(QLatin1String(field)), qPrintable(run.err));
    }

    void order_invalidParamsJson_listsIssuesAsJson()
    {
        const Run run = runCli({QStringLiteral("order"), QStringLiteral("aliyun"),
                                QStringLiteral("--dry-run"), QStringLiteral("--json")},
                               credentials());
        QCOMPARE(run.exitCode, 2);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object.value(QLatin1String("status")).toString(), QStringLiteral("invalid"));
        QVERIFY(object.value(QLatin1String("issues")).toArray().size() >= 2);
    }

    void order_missingCredentials_isNotSent()
    {
        const Run run = runCli(
            QStringList{QStringLiteral("order"), QStringLiteral("volcengine"), QStringLiteral("--dry-run")} +
            SeedExamples::paramArguments(QStringLiteral("volcengine")));
        QCOMPARE(run.exitCode, 5);
        QVERIFY(run.err.contains(QLatin1String("ORDERDESK_ACCESS_KEY_SECRET")));
    }

    void order_plainHttpOffThisMachine_isRefused()
    {
        const Run run = runCli(QStringList{QStringLiteral("order"), QStringLiteral("volcengine"),
                                           QStringLiteral("--dry-run"), QStringLiteral("--endpoint"),
                                           QStringLiteral("http://open.volcengineapi.com")} +
                                   SeedExamples::paramArguments(QStringLiteral("volcengine")),
                               credentials());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("https://")));
    }

    void order_dryRun_data()
    {
        QTest::addColumn<QString>("provider");
        for (const char* provider : {"volcengine", "aliyun", "unicloud", "huaweicloud"})
            QTest::newRow(provider) << QString::fromLatin1(provider);
    }
    void order_dryRun()
    {
        QFETCH(QString, provider);
        const Run run = runCli(QStringList{QStringLiteral("order"), provider, QStringLiteral("--dry-run")} +
                                   SeedExamples::paramArguments(provider),
                               credentials());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("nothing was sent")));
        QVERIFY(run.out.contains(QLatin1String(RequestPreview::kMask)));
        QVERIFY(run.out.contains(kKeyId));
        QVERIFY2(!run.out.contains(kSecret) && !run.err.contains(kSecret), "the secret was printed");

        // The real signature is not printed either: recompute it and look for it.
        ProviderRegistry providers;
        const Provider* p = providers.find(provider);
        OrderRequest request;
        for (const QString& param : SeedExamples::params(provider))
            request.params.insert(param.section(QLatin1Char('='), 0, 0), param.section(QLatin1Char('='), 1));
        SequenceNonceSource nonces;
        request = p->withGeneratedFields(request, nonces);
        const HttpRequest signedRequest =
            p->sign(p->buildRequest(request, p->defaultEndpoint(p->region(request))),
                    Credential{kKeyId, kSecret}, p->region(request), kNow, nonces.nextNonce());
        const QString signature = signedRequest.queryValue(QStringLiteral("Signature")).isEmpty()
                                      ? QString::fromLatin1(signedRequest.header("Authorization"))
                                            .section(QStringLiteral("Signature="), 1)
                                      : signedRequest.queryValue(QStringLiteral("Signature"));
        QVERIFY(signature.size() > 10);
        QVERIFY2(!run.out.contains(signature), "the signature was printed unmasked");
        QVERIFY2(!run.out.contains(QString::fromLatin1(PercentEncoding::encode(signature))),
                 "the signature was printed unmasked");
    }

    void order_dryRunJson_isOneObjectWithTheRequest()
    {
        const Run run =
            runCli(QStringList{QStringLiteral("order"), QStringLiteral("unicloud"),
                               QStringLiteral("--dry-run"), QStringLiteral("--json"),
                               QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:18080")} +
                       SeedExamples::paramArguments(QStringLiteral("unicloud")),
                   credentials());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonParseError error{};
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(QLatin1String("provider")).toString(), QStringLiteral("unicloud"));
        QCOMPARE(object.value(QLatin1String("status")).toString(), QStringLiteral("dry_run"));
        const QJsonObject request = object.value(QLatin1String("request")).toObject();
        QCOMPARE(request.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
        QVERIFY(request.value(QLatin1String("url"))
                    .toString()
                    .startsWith(QLatin1String("http://127.0.0.1:18080/openapi/nas?")));
        QVERIFY(request.value(QLatin1String("body")).toString().contains(QLatin1String("vpc-g2gmswxtthml")));
        QVERIFY(!run.out.contains(kSecret));
    }

    void order_validationInChinese_whenChineseIsInstalled()
    {
        QVERIFY(m_translations.setLanguage(QStringLiteral("zh_CN")));
        const Run run = runCli(
            {QStringLiteral("order"), QStringLiteral("aliyun"), QStringLiteral("--dry-run")}, credentials());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("RegionId")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("必填")), qPrintable(run.err));
    }

    void history_inChinese_linesUpItsColumnsByDisplayWidth()
    {
        QTemporaryDir data;
        TestArtifacts::keepIfAsked(data);
        importHistory(data.path());
        QVERIFY(m_translations.setLanguage(QStringLiteral("zh_CN")));
        const Run run = runCli({QStringLiteral("history"), QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);

        // Where each column starts, in terminal columns, found from the header's titles and
        // each row's known values: every line has them at the same places.
        const auto columnsOf = [](const QString& line, const QStringList& cells) {
            QList<int> starts;
            qsizetype from = 0;
            for (const QString& cell : cells) {
                const qsizetype at = line.indexOf(cell, from);
                if (at < 0)
                    return QList<int>();
                starts << displayWidth(line.left(at));
                from = at + cell.size();
            }
            return starts;
        };
        const QStringList header{QStringLiteral("编号"),         QStringLiteral("创建时间"),
                                 QStringLiteral("云厂商"),       QStringLiteral("账号"),
                                 QStringLiteral("资源"),         QStringLiteral("状态"),
                                 QStringLiteral("订单号 / 错误")};
        const QList<int> starts = columnsOf(lines.first(), header);
        QVERIFY2(starts.size() == header.size(), qPrintable(lines.first()));
        const QList<QStringList> rows{
            {QStringLiteral("4"), QStringLiteral("unicloud"), QStringLiteral("审计组"),
             QStringLiteral("nas-审计-01"), QStringLiteral("未下单（人工确认）")},
            {QStringLiteral("3"), QStringLiteral("huaweicloud"), QStringLiteral("财务部"),
             QStringLiteral("project-三号"), QStringLiteral("结果未知")},
            {QStringLiteral("2"), QStringLiteral("aliyun"), QStringLiteral("finance-main"),
             QStringLiteral("pc-bj-02"), QStringLiteral("被拒绝"),
             QStringLiteral("Forbidden.NotEnoughBalance")},
            {QStringLiteral("1"), QStringLiteral("volcengine"), QStringLiteral("财务部"),
             QStringLiteral("dcc-专线-一号"), QStringLiteral("成功"), QStringLiteral("2107000001")}};
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString& line = lines.at(i + 1);
            QStringList cells = rows.at(i);
            QList<int> expected = starts;
            expected.remove(1); // the creation time is the local time of the test's machine
            if (cells.size() == 5)
                expected.removeLast(); // no order ID and no error
            QCOMPARE(columnsOf(line, cells), expected);
            QVERIFY2(line.startsWith(cells.first()), qPrintable(line));
        }
        for (const QString& line : lines)
            QVERIFY2(!line.endsWith(QLatin1Char(' ')), qPrintable(line));
    }

    void historyShow_labelsItsFieldsInTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Ledger number"), QStringLiteral("Provider"),
                                           QStringLiteral("Status"),        QStringLiteral("Account"),
                                           QStringLiteral("Resource"),      QStringLiteral("Resolution"),
                                           QStringLiteral("Parameters:"),   QStringLiteral("History:")};
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                               << QStringList{QStringLiteral("台账编号"), QStringLiteral("云厂商"),
                                              QStringLiteral("状态"),     QStringLiteral("账号"),
                                              QStringLiteral("资源"),     QStringLiteral("人工处理"),
                                              QStringLiteral("参数："),   QStringLiteral("历史记录：")};
    }

    void historyShow_labelsItsFieldsInTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, labels);
        QTemporaryDir data;
        TestArtifacts::keepIfAsked(data);
        importHistory(data.path());
        QVERIFY(m_translations.setLanguage(language));
        const Run run = runCli({QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("4"),
                                QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(run.exitCode, 0);
        for (const QString& label : labels)
            QVERIFY2(run.out.contains(QStringLiteral("  ") + label),
                     qPrintable(label + QLatin1Char('\n') + run.out));
        // No key of the JSON output among the labels.
        for (const char* key : {"ledger_id", "order_id", "resource_id", "idempotency_token", "http_status"})
            QVERIFY2(!run.out.contains(QLatin1String(key)), key);
        // The values start in one column, whatever the width of the labels before them.
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        const int valueColumn = displayWidth(lines.first()) - displayWidth(QStringLiteral("4"));
        for (const QString& value :
             {QStringLiteral("审计组"), QStringLiteral("nas-审计-01")}) {
            const auto line = std::find_if(lines.cbegin(), lines.cend(),
                                           [&value](const QString& l) { return l.endsWith(value); });
            QVERIFY2(line != lines.cend(), qPrintable(value));
            QCOMPARE(displayWidth(*line) - displayWidth(value), valueColumn);
        }

        // --json keeps its keys in every language.
        const Run json = runCli({QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("4"),
                                 QStringLiteral("--json"), QStringLiteral("--data-dir"), data.path()});
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(QLatin1String("ledger_id")).toInt(), 4);
        QCOMPARE(object.value(QLatin1String("status")).toString(), QStringLiteral("not_placed"));
        QCOMPARE(object.value(QLatin1String("profile")).toString(), QStringLiteral("审计组"));
    }

    void binary_followsTheLocaleAndExitCodes()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("ORDERDESK_ACCESS_KEY_ID"));
        environment.remove(QStringLiteral("ORDERDESK_ACCESS_KEY_SECRET"));
        environment.insert(QStringLiteral("ORDERDESK_LANGUAGE"), QStringLiteral("zh_CN"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ORDERDESK_CLI_BINARY), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(help.contains(QStringLiteral("用法")), qPrintable(help));

        environment.insert(QStringLiteral("ORDERDESK_LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(environment);
        process.start(
            QStringLiteral(ORDERDESK_CLI_BINARY),
            QStringList{QStringLiteral("order"), QStringLiteral("huaweicloud"), QStringLiteral("--dry-run")} +
                SeedExamples::paramArguments(QStringLiteral("huaweicloud")));
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 5);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QLatin1String("No credentials")));
    }

private:
    TranslationLoader m_translations;
};

QTEST_GUILESS_MAIN(TestCliApplication)
#include "tst_cliapplication.moc"
