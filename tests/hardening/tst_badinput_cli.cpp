#include "BadInput.h"
#include "CliApplication.h"
#include "OrderFlowSupport.h"
#include "SimServer.h"
#include "TestArtifacts.h"
#include "common/SystemClock.h"
#include "common/TranslationLoader.h"
#include "common/UuidNonceSource.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderRecord.h"
#include "ledger/OrderStatus.h"
#include "providers/ProviderRegistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace OrderDesk;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The rows of a ledger file, counted without OrderLedger (which would create the file), and
// whether SQLite finds it whole; an absent file has no rows.
int ledgerRows(const QString& path, bool* whole = nullptr)
{
    if (whole)
        *whole = true;
    if (!QFile::exists(path))
        return 0;
    int rows = -1;
    const QString connection = QStringLiteral("badinput-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && query.next())
                rows = query.value(0).toInt();
            if (whole && query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                *whole = query.value(0).toString() == QLatin1String("ok");
            if (whole &&
                query.exec(QStringLiteral("SELECT COUNT(*) FROM orders WHERE params_json IN ('', '{}')")) &&
                query.next())
                *whole = *whole && query.value(0).toInt() == 0;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}

} // namespace

// What a user can type into orderdesk-cli: every field of every provider's schema with empty,
// too long, wrong type, out of range, control characters, emoji, right-to-left text, a bidi
// override, NUL and lone surrogates, and the CLI's own options with nonsense. In English and
// in Chinese: a clear message in the user's language, exit code 2, no request at the
// simulator, no ledger row. The values that are legitimate are sent and stored byte for byte.
//
// In-process (CliApplication, as orderdesk-cli's main runs it) so that NUL and lone surrogates,
// which no command line can carry, reach the same code; a few cases run the real program.
class TestBadInputCli : public QObject
{
    Q_OBJECT

private:
    Run cli(const QStringList& args)
    {
        ProviderRegistry providers;
        SystemClock clock;
        UuidNonceSource nonces;
        Run run;
        QString input;
        QTextStream in(&input, QIODevice::ReadOnly);
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        CliApplication app(providers, clock, nonces, in, out, err, QProcessEnvironment());
        const QStringList dataDir = args.contains(QStringLiteral("--data-dir"))
                                        ? QStringList()
                                        : QStringList{QStringLiteral("--data-dir"), m_data->path()};
        run.exitCode = app.run(QStringList{QStringLiteral("orderdesk-cli")} + args + dataDir);
        return run;
    }

    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString ledgerPath() const { return m_data->filePath(QStringLiteral("ledger.sqlite")); }

    // The seed order with one field set to the value, as --param arguments.
    QStringList orderArgs(const QString& provider, const QString& field, const QString& value) const
    {
        QStringList args{QStringLiteral("order"),
                         provider,
                         QStringLiteral("--endpoint"),
                         endpoint(),
                         QStringLiteral("--yes"),
                         QStringLiteral("--json"),
                         QStringLiteral("--allow-duplicate")};
        bool replaced = false;
        for (const QString& param : SeedExamples::params(provider)) {
            // The seed's fixed ClientToken would tie every order to the first one's parameters:
            // each order here gets a token of its own.
            if (param.startsWith(QLatin1String("ClientToken=")) && field != QLatin1String("ClientToken"))
                continue;
            if (param.startsWith(field + QLatin1Char('='))) {
                args << QStringLiteral("--param") << field + QLatin1Char('=') + value;
                replaced = true;
            } else {
                args << QStringLiteral("--param") << param;
            }
        }
        if (!replaced)
            args << QStringLiteral("--param") << field + QLatin1Char('=') + value;
        return args;
    }

    static void addLanguages(const std::function<void(const QString&)>& rows)
    {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
            rows(language);
    }

    // A message a Chinese user can read: Chinese text, no English words left beyond names,
    // values, what the user typed, option names, placeholders, commands and addresses.
    // Lines with no raw control, invisible or bidi-override character in them.
    static bool showsNoHiddenCharacters(QString text)
    {
        text.remove(QLatin1Char('\n'));
        return CliContext::visible(text) == text;
    }

    static void verifyChinese(QString message, const Provider& provider, const QString& typed)
    {
        QVERIFY2(BadInput::containsChinese(message), qPrintable(message));
        static const QRegularExpression notProse(
            QStringLiteral("orderdesk-cli[^\"“”]*|--[a-z-]+|\\b[A-Z][A-Z_]+\\b|[a-z]+://\\S*|OrderDesk|"
                           "\\b(order|retry|resolve|history|show|export|profiles|providers)\\b"));
        // Quoted as typed in --json, shown escaped on the terminal.
        // Paths as Windows writes them, too.
        if (!typed.isEmpty())
            message.remove(typed).remove(CliContext::visible(typed)).remove(QDir::toNativeSeparators(typed));
        message.remove(notProse);
        ProviderRegistry registry;
        for (const QString& id : registry.ids())
            message.remove(id);
        for (const OrderStatus status : OrderStatusNames::all())
            message.remove(OrderStatusNames::key(status));
        const QStringList words = BadInput::untranslatedWords(message, provider, QString());
        QVERIFY2(words.isEmpty(),
                 qPrintable(message + QStringLiteral(" -- ") + words.join(QLatin1Char(' '))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_port = m_sim.listen();
        QVERIFY(m_port != 0);
        m_data = TestArtifacts::temporaryDir();
        QVERIFY(m_data->isValid());
    }

    void fieldValue_isRejectedWithNothingSentOrStored_orSentAsTyped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("allowed");
        ProviderRegistry registry;
        addLanguages([&](const QString& language) {
            for (const Provider* provider : registry.all()) {
                OrderRequest valid;
                for (const QString& param : SeedExamples::params(provider->id()))
                    valid.params.insert(param.section(QLatin1Char('='), 0, 0),
                                        param.section(QLatin1Char('='), 1));
                for (const BadInput::Case& c : BadInput::cases(*provider, valid)) {
                    QTest::newRow(qPrintable(language + QLatin1Char('/') + c.name))
                        << language << provider->id() << c.field << c.value << c.allowed;
                }
            }
        });
    }

    void fieldValue_isRejectedWithNothingSentOrStored_orSentAsTyped()
    {
        QFETCH(QString, language);
        QFETCH(QString, provider);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, allowed);
        TranslationLoader translations;
        QVERIFY(translations.setLanguage(language));
        ProviderRegistry registry;
        const Provider* p = registry.find(provider);

        const int requestsBefore = m_sim.requestCount();
        const int ordersBefore = m_sim.orderCount();
        const int rowsBefore = ledgerRows(ledgerPath());
        const Run run = cli(orderArgs(provider, field, value));
        QCoreApplication::processEvents();

        if (!allowed) {
            QVERIFY2(run.exitCode == 2, qPrintable(run.out + run.err));
            const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
            QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("invalid"));
            QString message;
            for (const QJsonValue& issue : result.value(QLatin1String("issues")).toArray()) {
                if (issue.toObject().value(QLatin1String("field")).toString() == field)
                    message = issue.toObject().value(QLatin1String("message")).toString();
            }
            QVERIFY2(!message.isEmpty(), qPrintable(run.out));
            // The human-readable lines on stderr show no raw control or bidi characters.
            QVERIFY2(showsNoHiddenCharacters(run.err), qPrintable(run.err));
            if (language == QLatin1String("zh_CN")) {
                QVERIFY(run.err.contains(QStringLiteral("订单")));
                verifyChinese(message, *p, value);
            } else {
                QVERIFY2(run.err.contains(QStringLiteral("nothing was sent")), qPrintable(run.err));
                QVERIFY2(!BadInput::containsChinese(message), qPrintable(message));
            }
            QCOMPARE(m_sim.requestCount(), requestsBefore);
            QCOMPARE(m_sim.orderCount(), ordersBefore);
            bool whole = false;
            QCOMPARE(ledgerRows(ledgerPath(), &whole), rowsBefore);
            QVERIFY(whole);
            return;
        }

        // Legitimate: placed, and what the simulator and the ledger got is what was typed.
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(m_sim.requestCount(), requestsBefore + 1);
        QCOMPARE(m_sim.orderCount(), ordersBefore + 1);
        bool whole = false;
        QCOMPARE(ledgerRows(ledgerPath(), &whole), rowsBefore + 1);
        QVERIFY(whole);
        const QJsonObject sent = m_sim.orders().last().params;
        SystemClock clock;
        OrderLedger ledger(clock);
        QVERIFY(ledger.open(ledgerPath()));
        const std::optional<OrderRecord> placed = ledger.order(
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("ledger_id")).toInteger());
        QVERIFY(placed);
        const OrderRecord& row = *placed;
        if (value.isEmpty()) {
            if (p->schema().field(field)->generated) {
                QVERIFY(!row.params.value(field).isEmpty());
                QCOMPARE(m_sim.orders().last().token, row.params.value(field));
            } else {
                // Left out; the simulator shows the default the provider assumes in its place.
                const QString assumed = p->schema().field(field)->defaultValue;
                QVERIFY2(!sent.contains(field) || sent.value(field).toVariant().toString() == assumed,
                         QJsonDocument(sent).toJson().constData());
                QVERIFY(row.params.value(field).isEmpty());
            }
        } else if (p->schema().field(field)->type == FieldType::JsonArray) {
            QCOMPARE(sent.value(field).toArray(), QJsonDocument::fromJson(value.toUtf8()).array());
            QCOMPARE(row.params.value(field), value);
        } else {
            QCOMPARE(sent.value(field).toString().toUtf8(), value.toUtf8());
            QCOMPARE(row.params.value(field).toUtf8(), value.toUtf8());
        }
    }

    void cliOption_isRejectedWithClearMessage_andNothingStored_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("typed"); // what the user typed, which the message may quote

        const QString file = QStringLiteral("%FILE%");
        const QStringList seed =
            OrderFlowSupport::paramArguments(QStringLiteral("volcengine"), QStringLiteral("opt"));
        const QStringList order{QStringLiteral("order"), QStringLiteral("volcengine"),
                                QStringLiteral("--endpoint"), QStringLiteral("%SIM%"),
                                QStringLiteral("--yes")};
        struct Row
        {
            const char* name;
            QStringList args;
            QString typed;
        };
        const QList<Row> rows{
            {"unknownOptionPeriod",
             order + QStringList{QStringLiteral("--period"), QStringLiteral("abc")} + seed,
             QStringLiteral("period")},
            {"periodLetters",
             order +
                 QStringList(seed).replaceInStrings(QStringLiteral("Period=1"), QStringLiteral("Period=abc")),
             QStringLiteral("abc")},
            {"endpointNotUrl",
             QStringList{QStringLiteral("order"), QStringLiteral("volcengine"), QStringLiteral("--endpoint"),
                         QStringLiteral("not a url"), QStringLiteral("--yes")} +
                 seed,
             QStringLiteral("not a url")},
            {"endpointFtp",
             QStringList{QStringLiteral("order"), QStringLiteral("volcengine"), QStringLiteral("--endpoint"),
                         QStringLiteral("ftp://"), QStringLiteral("--yes")} +
                 seed,
             QStringLiteral("ftp://")},
            {"endpointFtpHost",
             QStringList{QStringLiteral("order"), QStringLiteral("volcengine"), QStringLiteral("--endpoint"),
                         QStringLiteral("ftp://127.0.0.1"), QStringLiteral("--yes")} +
                 seed,
             QStringLiteral("ftp://127.0.0.1")},
            {"endpointPlainHttpRemote",
             QStringList{QStringLiteral("order"), QStringLiteral("volcengine"), QStringLiteral("--endpoint"),
                         QStringLiteral("http://example.com"), QStringLiteral("--yes")} +
                 seed,
             QStringLiteral("http://example.com")},
            {"endpointWithPath",
             QStringList{QStringLiteral("order"), QStringLiteral("volcengine"), QStringLiteral("--endpoint"),
                         QStringLiteral("https://example.com/x?y"), QStringLiteral("--yes")} +
                 seed,
             QStringLiteral("https://example.com/x?y")},
            {"dataDirIsAFile", order + seed + QStringList{QStringLiteral("--data-dir"), file}, QString()},
            {"historyDataDirIsAFile",
             {QStringLiteral("history"), QStringLiteral("--data-dir"), file},
             QString()},
            {"profileControlChars",
             order + seed + QStringList{QStringLiteral("--profile"), QStringLiteral("fin\x01\x1b[31m")},
             QStringLiteral("fin\x01\x1b[31m")},
            {"profileRtlOverride",
             order + seed + QStringList{QStringLiteral("--profile"), QStringLiteral("a\u202Eb")},
             QStringLiteral("a\u202Eb")},
            {"regionControlChars",
             order + seed + QStringList{QStringLiteral("--region"), QStringLiteral("cn-\x01x")},
             QStringLiteral("cn-\x01x")},
            {"paramWithoutEquals",
             order + seed + QStringList{QStringLiteral("--param"), QStringLiteral("Period")},
             QStringLiteral("Period")},
            {"paramUnknownName",
             order + seed + QStringList{QStringLiteral("--param"), QStringLiteral("Perio\x01d=1")},
             QStringLiteral("Perio\x01d")},
            {"paramTwice", order + seed + QStringList{QStringLiteral("--param"), QStringLiteral("Period=2")},
             QStringLiteral("Period")},
            {"unknownProvider",
             QStringList{QStringLiteral("order"), QStringLiteral("aws"), QStringLiteral("--yes")},
             QStringLiteral("aws")},
            {"historyLimitNegative",
             {QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("-1")},
             {}},
            {"historyLimitHuge",
             {QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("99999999999")},
             {}},
            {"historyLimitLetters",
             {QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("ten")},
             {}},
            {"historyStatusUnknown",
             {QStringLiteral("history"), QStringLiteral("--status"), QStringLiteral("paid")},
             QStringLiteral("paid")},
            {"historyShowLetters",
             {QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("abc")},
             {}},
            {"resolveLetters",
             {QStringLiteral("resolve"), QStringLiteral("abc"), QStringLiteral("--not-placed")},
             {}},
            {"resolveNegative",
             {QStringLiteral("resolve"), QStringLiteral("-5"), QStringLiteral("--not-placed")},
             {}},
            {"resolveOverflow",
             {QStringLiteral("resolve"), QStringLiteral("99999999999999999999"),
              QStringLiteral("--not-placed")},
             {}},
            {"resolveMissing",
             {QStringLiteral("resolve"), QStringLiteral("424242"), QStringLiteral("--not-placed")},
             {}},
            {"resolveNoDecision", {QStringLiteral("resolve"), QStringLiteral("1")}, {}},
            {"resolveEmptyOrderId",
             {QStringLiteral("resolve"), QStringLiteral("1"), QStringLiteral("--placed"),
              QStringLiteral(" ")},
             {}},
            {"retryLetters", {QStringLiteral("retry"), QStringLiteral("x1")}, {}},
            {"exportUnwritable",
             {QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--csv"),
              QStringLiteral("/nonexistent-folder/orders.csv")},
             QStringLiteral("/nonexistent-folder/orders.csv")},
            {"exportToAFolder",
             {QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--csv"),
              QStringLiteral("%DIR%")},
             QStringLiteral("%DIR%")},
            // An existing file is kept (the suite checks it still holds its one byte).
            {"exportOverExistingXlsx",
             {QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--xlsx"),
              QStringLiteral("%FILE%")},
             {}},
            {"exportOverExistingCsv",
             {QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--csv"),
              QStringLiteral("%FILE%")},
             {}},
            {"exportXlsxUnwritable",
             {QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--xlsx"),
              QStringLiteral("/nonexistent-folder/orders.xlsx")},
             QStringLiteral("/nonexistent-folder/orders.xlsx")},
        };
        addLanguages([&](const QString& language) {
            for (const Row& row : rows)
                QTest::newRow(qPrintable(language + QLatin1Char('/') + QLatin1String(row.name)))
                    << language << row.args << row.typed;
        });
    }

    void cliOption_isRejectedWithClearMessage_andNothingStored()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, args);
        QFETCH(QString, typed);
        TranslationLoader translations;
        QVERIFY(translations.setLanguage(language));

        const auto scratch = TestArtifacts::temporaryDir();
        const QString plainFile = scratch->filePath(QStringLiteral("not-a-folder"));
        {
            QFile file(plainFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
        }
        const QString folder = scratch->filePath(QStringLiteral("a-folder"));
        QVERIFY(QDir().mkpath(folder));
        for (QString& arg : args) {
            arg.replace(QStringLiteral("%SIM%"), endpoint());
            arg.replace(QStringLiteral("%FILE%"), plainFile);
            arg.replace(QStringLiteral("%DIR%"), folder);
        }
        typed.replace(QStringLiteral("%DIR%"), folder);
        // Each case on an empty data folder of its own: nothing may appear in it.
        const auto data = TestArtifacts::temporaryDir();
        const bool ownDataDir = !args.contains(QStringLiteral("--data-dir"));
        if (ownDataDir)
            args << QStringLiteral("--data-dir") << data->path();

        const int requestsBefore = m_sim.requestCount();
        const Run run = cli(args);
        QCoreApplication::processEvents();
        QVERIFY2(run.exitCode == 2,
                 qPrintable(QString::number(run.exitCode) + QLatin1Char(' ') + run.out + run.err));
        QVERIFY2(run.err.startsWith(language == QLatin1String("en") ? QStringLiteral("Error: ")
                                                                    : QStringLiteral("错误：")) ||
                     run.err.contains(QStringLiteral("nothing was sent")) ||
                     run.err.contains(QStringLiteral("订单")),
                 qPrintable(run.err));
        QVERIFY2(showsNoHiddenCharacters(run.err), qPrintable(run.err));
        if (language == QLatin1String("zh_CN")) {
            QString message = run.err;
            message.remove(plainFile).remove(QDir::toNativeSeparators(plainFile));
            // The operating system's own reason for a failed write is technical detail, in the
            // system's words.
            QFile probe(typed);
            if (!typed.isEmpty() && !probe.open(QIODevice::WriteOnly))
                message.remove(probe.errorString());
            ProviderRegistry registry;
            verifyChinese(message, *registry.find(QStringLiteral("volcengine")), typed);
        }
        QCOMPARE(m_sim.requestCount(), requestsBefore);
        if (ownDataDir) {
            bool whole = false;
            QCOMPARE(ledgerRows(data->filePath(QStringLiteral("ledger.sqlite")), &whole), 0);
            QVERIFY(whole);
        }
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-folder/orders.csv")));
        QCOMPARE(QFileInfo(plainFile).size(), 1);
    }

    void realProgram_rejectsControlCharactersFromTheCommandLine()
    {
        // The same path through a real command line: argv carries everything but NUL.
        const auto data = TestArtifacts::temporaryDir();
        const int requestsBefore = m_sim.requestCount();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ORDERDESK_LANGUAGE"), QStringLiteral("zh_CN"));
        env.insert(QStringLiteral("ORDERDESK_DATA_DIR"), data->path());
        process.setProcessEnvironment(env);
        QStringList args{QStringLiteral("order"), QStringLiteral("unicloud"), QStringLiteral("--endpoint"),
                         endpoint(), QStringLiteral("--yes")};
        args += OrderFlowSupport::paramArguments(QStringLiteral("unicloud"),
                                                 QStringLiteral("name\u202Eevil\x1b[2J"));
        process.start(QStringLiteral(ORDERDESK_CLI_BINARY), args);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("instanceName")) && BadInput::containsChinese(err),
                 qPrintable(err));
        QVERIFY2(!err.contains(QChar(0x202E)) && !err.contains(QChar(0x1B)), qPrintable(err));
        QTest::qWait(50);
        QCOMPARE(m_sim.requestCount(), requestsBefore);
        QCOMPARE(ledgerRows(data->filePath(QStringLiteral("ledger.sqlite"))), 0);
    }

private:
    SimServer m_sim;
    quint16 m_port = 0;
    std::unique_ptr<QTemporaryDir> m_data;
};

QTEST_GUILESS_MAIN(TestBadInputCli)
#include "tst_badinput_cli.moc"
