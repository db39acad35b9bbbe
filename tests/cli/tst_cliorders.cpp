#include "CliApplication.h"
#include "OrderFlowSupport.h"
#include "SimServer.h"
#include "XlsxReader.h"
#include "common/SystemClock.h"
#include "common/TranslationLoader.h"
#include "common/UuidNonceSource.h"
#include "ledger/OrderExportColumns.h"
#include "ledger/OrderLedger.h"
#include "providers/ProviderRegistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace OrderDesk;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

// The whole order flow through orderdesk-cli's commands, in-process, against the simulator
// on 127.0.0.1: the CLI's event loop also serves the simulator.
class TestCliOrders : public QObject
{
    Q_OBJECT

private:
    Run cli(const QStringList& args, const QString& input = QString())
    {
        ProviderRegistry providers;
        SystemClock clock;
        UuidNonceSource nonces;
        Run run;
        QString stdinText = input;
        QTextStream in(&stdinText, QIODevice::ReadOnly);
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        CliApplication app(providers, clock, nonces, in, out, err, QProcessEnvironment());
        run.exitCode = app.run(QStringList{QStringLiteral("orderdesk-cli")} + args +
                               QStringList{QStringLiteral("--data-dir"), m_data->path()});
        return run;
    }

    Run order(const QString& provider, const QString& word,
              const QStringList& extra = {QStringLiteral("--yes")}, const QString& input = QString())
    {
        return cli(QStringList{QStringLiteral("order"), provider, QStringLiteral("--endpoint"), endpoint(),
                               QStringLiteral("--json")} +
                       extra + OrderFlowSupport::paramArguments(provider, word),
                   input);
    }

    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    QJsonArray history(const QStringList& extra = {})
    {
        const Run run = cli(QStringList{QStringLiteral("history"), QStringLiteral("--json")} + extra);
        [&] { QCOMPARE(run.exitCode, 0); }();
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    static void addProviders()
    {
        QTest::addColumn<QString>("provider");
        for (const QString& provider : OrderFlowSupport::providers())
            QTest::newRow(qPrintable(provider)) << provider;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_port = m_sim.listen();
        QVERIFY(m_port != 0);
    }

    void init()
    {
        m_translations.setLanguage(QStringLiteral("en"));
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
        m_sim.reset();
    }

    void order_eachProvider_isPlacedAndListedInHistory_data() { addProviders(); }
    void order_eachProvider_isPlacedAndListedInHistory()
    {
        QFETCH(QString, provider);
        const Run run = order(provider, QStringLiteral("placed"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject result = run.json();
        QCOMPARE(result.value(QLatin1String("provider")).toString(), provider);
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        const QString orderId = result.value(QLatin1String("order_id")).toString();
        QVERIFY(!orderId.isEmpty());
        QVERIFY(!result.value(QLatin1String("request_id")).toString().isEmpty());
        QCOMPARE(result.value(QLatin1String("attempts")).toInt(), 1);
        QCOMPARE(m_sim.orderCount(provider), 1);

        const QJsonArray rows = history();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QLatin1String("ledger_id")).toInteger(),
                 result.value(QLatin1String("ledger_id")).toInteger());
        QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(row.value(QLatin1String("order_id")).toString(), orderId);
        QCOMPARE(row.value(QLatin1String("profile")).toString(), QStringLiteral("sandbox"));
        QCOMPARE(row.value(QLatin1String("resource_id")).toString(),
                 OrderFlowSupport::resourceId(provider, QStringLiteral("placed")));
        // What the provider reads from the order's parameters (the seed examples buy one month).
        QVERIFY(row.contains(QLatin1String("operator")));
        QCOMPARE(row.value(QLatin1String("length")).toInt(), 1);
        QCOMPARE(row.value(QLatin1String("unit")).toString(), QStringLiteral("month"));
        const QHash<QString, QString> payments{
            {QStringLiteral("volcengine"), QStringLiteral("paid_at_once")},
            {QStringLiteral("aliyun"), QStringLiteral("awaiting_payment_in_console")}, // AutoPay=false
            {QStringLiteral("unicloud"), QStringLiteral("check_in_console")},
            {QStringLiteral("huaweicloud"), QStringLiteral("check_in_console")}};
        QCOMPARE(row.value(QLatin1String("payment")).toString(), payments.value(provider));
    }

    void order_confirmedInteractively_isPlaced()
    {
        const Run run =
            order(QStringLiteral("huaweicloud"), QStringLiteral("asked"), {}, QStringLiteral("y\n"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.err.contains(QLatin1String("Order summary")));
        QVERIFY(run.err.contains(QLatin1String("project_id")) || run.err.contains(QLatin1String("Project")));
        QCOMPARE(m_sim.orderCount(), 1);
    }

    // Alibaba Cloud's seed order for 3 years instead of 1 month.
    Run orderForThreeYears(const QStringList& extra, const QString& input = QString())
    {
        QStringList params =
            OrderFlowSupport::paramArguments(QStringLiteral("aliyun"), QStringLiteral("long"));
        params.replaceInStrings(QStringLiteral("Period=1"), QStringLiteral("Period=3"));
        params.replaceInStrings(QStringLiteral("PricingCycle=Month"), QStringLiteral("PricingCycle=Year"));
        return cli(QStringList{QStringLiteral("order"), QStringLiteral("aliyun"),
                               QStringLiteral("--endpoint"), endpoint()} +
                       extra + params,
                   input);
    }

    void order_summary_factsInWordsThenTechnicalDetails()
    {
        const Run run = order(QStringLiteral("aliyun"), QStringLiteral("words"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const qsizetype facts = run.err.indexOf(QLatin1String("Order summary:"));
        const qsizetype technical = run.err.indexOf(QLatin1String("Technical details:"));
        QVERIFY2(facts >= 0 && technical > facts, qPrintable(run.err));
        const QString plain = run.err.mid(facts, technical - facts);
        QVERIFY2(plain.contains(QLatin1String("  Length ")) && plain.contains(QLatin1String(" 1 month\n")),
                 qPrintable(plain));
        QVERIFY2(plain.contains(QLatin1String("Subscription (prepaid)")), qPrintable(plain));
        QVERIFY2(!plain.contains(QLatin1String("PrePaid")) && !plain.contains(QLatin1String("Region ID")),
                 qPrintable(plain));
        const QString details = run.err.mid(technical);
        for (const char* line :
             {"  Period = 1\n", "  PricingCycle = Month\n", "  InstanceChargeType = PrePaid\n",
              "  RegionId = cn-hangzhou\n", "  ClientToken = "})
            QVERIFY2(details.contains(QLatin1String(line)), line);
    }

    void order_longTermWithYes_isRefusedWithoutAllowLongTerm_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("message");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral(
                                   "This order is for 3 years. With --yes, an order longer than one "
                                   "year also needs --allow-long-term.");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("此订单时长为 3 年。");
    }
    void order_longTermWithYes_isRefusedWithoutAllowLongTerm()
    {
        QFETCH(QString, language);
        QFETCH(QString, message);
        QVERIFY(m_translations.setLanguage(language));
        const Run refused = orderForThreeYears({QStringLiteral("--yes")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("--allow-long-term")), qPrintable(refused.err));
        QCOMPARE(m_sim.orderCount(), 0);
        QCOMPARE(history().size(), 0);

        const Run allowed =
            orderForThreeYears({QStringLiteral("--yes"), QStringLiteral("--allow-long-term")});
        QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.out + allowed.err));
        QCOMPARE(m_sim.orderCount(), 1);
    }

    void order_longTermInteractive_asksASecondQuestionNamingTheLength()
    {
        const Run declined = orderForThreeYears({}, QStringLiteral("n\n"));
        QCOMPARE(declined.exitCode, 5);
        QVERIFY2(
            declined.err.contains(QLatin1String("This order is for 3 years. Buy it for 3 years? Type y to "
                                                "confirm:")),
            qPrintable(declined.err));
        QVERIFY(!declined.err.contains(QLatin1String("Place this order and pay for it?")));
        QCOMPARE(m_sim.orderCount(), 0);

        const Run confirmed = orderForThreeYears({}, QStringLiteral("y\ny\n"));
        QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.out + confirmed.err));
        QVERIFY(confirmed.err.contains(QLatin1String("Buy it for 3 years?")));
        QCOMPARE(m_sim.orderCount(), 1);

        // One year is asked once.
        m_sim.reset();
        const Run oneYear =
            order(QStringLiteral("aliyun"), QStringLiteral("oneyear"), {}, QStringLiteral("y\n"));
        QVERIFY2(oneYear.exitCode == 0, qPrintable(oneYear.out + oneYear.err));
        QVERIFY(!oneYear.err.contains(QLatin1String("Buy it for")));
    }

    void order_resourceNotFound_isRejectedWithExplanation_data() { addProviders(); }
    void order_resourceNotFound_isRejectedWithExplanation()
    {
        QFETCH(QString, provider);
        // A documented error per provider that no retry can change.
        const QMap<QString, QPair<QString, QString>> errors{
            {QStringLiteral("volcengine"),
             {QStringLiteral("notfound"), QStringLiteral("InvalidDirectConnectConnection.NotFound")}},
            {QStringLiteral("aliyun"),
             {QStringLiteral("notfound"), QStringLiteral("InvalidPhysicalConnectionId.NotFound")}},
            {QStringLiteral("unicloud"),
             {QStringLiteral("productconfig"), QStringLiteral("ProductConfigError")}},
            {QStringLiteral("huaweicloud"),
             {QStringLiteral("invalidparam"), QStringLiteral("dsc.40000011")}}};
        const Run run = order(provider, errors.value(provider).first);
        QCOMPARE(run.exitCode, 3);
        const QJsonObject result = run.json();
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(result.value(QLatin1String("error_code")).toString(), errors.value(provider).second);
        QVERIFY(!result.value(QLatin1String("error_message")).toString().isEmpty());
        QVERIFY(!result.value(QLatin1String("request_id")).toString().isEmpty());
        QVERIFY(result.value(QLatin1String("explanation")).toString().size() > 20);
        QCOMPARE(m_sim.orderCount(provider), 0);
        const QJsonArray rows = history({QStringLiteral("--status"), QStringLiteral("rejected")});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QLatin1String("error_code")).toString(),
                 errors.value(provider).second);
    }

    void order_rejectedInChinese_explainsInChinese()
    {
        QVERIFY(m_translations.setLanguage(QStringLiteral("zh_CN")));
        const Run run =
            cli(QStringList{QStringLiteral("order"), QStringLiteral("aliyun"), QStringLiteral("--endpoint"),
                            endpoint(), QStringLiteral("--yes")} +
                OrderFlowSupport::paramArguments(QStringLiteral("aliyun"), QStringLiteral("notfound")));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.contains(QStringLiteral("拒绝")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("InvalidPhysicalConnectionId.NotFound")),
                 qPrintable(run.out));
    }

    void order_droppedWithoutToken_isUnknownAndNeverResent_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("unicloud") << QStringLiteral("unicloud");
        QTest::newRow("huaweicloud") << QStringLiteral("huaweicloud");
    }
    void order_droppedWithoutToken_isUnknownAndNeverResent()
    {
        QFETCH(QString, provider);
        const Run run = order(provider, QStringLiteral("drop"));
        QCOMPARE(run.exitCode, 4);
        const QJsonObject result = run.json();
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("unknown"));
        QCOMPARE(result.value(QLatin1String("attempts")).toInt(), 1);
        QCOMPARE(m_sim.orderCount(provider), 1);
        QCOMPARE(m_sim.requestCount(provider), 1);
        const qint64 ledgerId = result.value(QLatin1String("ledger_id")).toInteger();
        QCOMPARE(history().first().toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("unknown"));

        // A resend could buy twice, so the CLI refuses it and says what to do instead.
        const Run retry = cli({QStringLiteral("retry"), QString::number(ledgerId), QStringLiteral("--yes")});
        QCOMPARE(retry.exitCode, 2);
        QVERIFY2(retry.err.contains(QLatin1String("client token")), qPrintable(retry.err));
        QCOMPARE(m_sim.requestCount(provider), 1);

        // The user checked the console and found the order.
        const QString orderId = m_sim.orders().first().orderId;
        const Run resolve =
            cli({QStringLiteral("resolve"), QString::number(ledgerId), QStringLiteral("--placed"), orderId,
                 QStringLiteral("--note"), QStringLiteral("seen in console")});
        QVERIFY2(resolve.exitCode == 0, qPrintable(resolve.err));
        const Run show = cli({QStringLiteral("history"), QStringLiteral("show"), QString::number(ledgerId),
                              QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject row = show.json();
        QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(row.value(QLatin1String("order_id")).toString(), orderId);
        QCOMPARE(row.value(QLatin1String("resolution")).toString(), QStringLiteral("placed"));
        QStringList kinds;
        for (const QJsonValue& event : row.value(QLatin1String("events")).toArray())
            kinds << event.toObject().value(QLatin1String("kind")).toString();
        QVERIFY2(kinds.contains(QLatin1String("outcome")) && kinds.contains(QLatin1String("resolved")),
                 qPrintable(kinds.join(u',')));
    }

    void order_droppedWithToken_isRetriedToExactlyOneOrder_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("volcengine") << QStringLiteral("volcengine");
        QTest::newRow("aliyun") << QStringLiteral("aliyun");
    }
    void order_droppedWithToken_isRetriedToExactlyOneOrder()
    {
        QFETCH(QString, provider);
        const Run run = order(provider, QStringLiteral("drop"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject result = run.json();
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        QVERIFY(result.value(QLatin1String("attempts")).toInt() >= 2);
        QCOMPARE(m_sim.orderCount(provider), 1);
        QCOMPARE(result.value(QLatin1String("order_id")).toString(), m_sim.orders().first().orderId);
    }

    void order_sameResourceAgain_needsSecondConfirmation()
    {
        const QString provider = QStringLiteral("volcengine");
        QCOMPARE(order(provider, QStringLiteral("twice")).exitCode, 0);

        const Run refused = order(provider, QStringLiteral("twice"));
        QCOMPARE(refused.exitCode, 5);
        QCOMPARE(refused.json().value(QLatin1String("status")).toString(), QStringLiteral("duplicate"));
        QVERIFY(refused.err.contains(QLatin1String("--allow-duplicate")));

        const Run declined = order(provider, QStringLiteral("twice"), {}, QStringLiteral("n\n"));
        QCOMPARE(declined.exitCode, 5);
        QCOMPARE(m_sim.orderCount(provider), 1);

        const Run interactive = order(provider, QStringLiteral("twice"), {}, QStringLiteral("y\ny\n"));
        QVERIFY2(interactive.exitCode == 0, qPrintable(interactive.err));
        QCOMPARE(m_sim.orderCount(provider), 2);
        const Run forced = order(provider, QStringLiteral("twice"),
                                 {QStringLiteral("--yes"), QStringLiteral("--allow-duplicate")});
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(m_sim.orderCount(provider), 3);
        QCOMPARE(history().size(), 3);
    }

    void order_dryRun_recordsAndSendsNothing()
    {
        const Run run =
            order(QStringLiteral("unicloud"), QStringLiteral("preview"), {QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().value(QLatin1String("status")).toString(), QStringLiteral("dry_run"));
        QCOMPARE(m_sim.requestCount(), 0);
        QCOMPARE(history().size(), 0);
    }

    void order_fullWidthIdWithSpaces_isPlacedCorrected_withANoteNamingTheParameter()
    {
        const QString id = OrderFlowSupport::resourceId(QStringLiteral("aliyun"), QStringLiteral("wide"));
        QString typed;
        for (const QChar c : id)
            typed += c == QLatin1Char('-')  ? QChar(0xFF0D)
                     : c.isLetterOrNumber() ? QChar(c.unicode() + 0xFEE0)
                                            : c;
        QStringList args;
        for (const QString& param :
             OrderFlowSupport::paramArguments(QStringLiteral("aliyun"), QStringLiteral("wide")))
            args.append(param.startsWith(QLatin1String("PhysicalConnectionId="))
                            ? QStringLiteral("PhysicalConnectionId= %1 ").arg(typed)
                            : param);
        const Run run =
            cli(QStringList{QStringLiteral("order"), QStringLiteral("aliyun"), QStringLiteral("--endpoint"),
                            endpoint(), QStringLiteral("--json"), QStringLiteral("--yes")} +
                args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The CLI's users type the API's names: its note names the parameter.
        QVERIFY2(
            run.err.contains(QStringLiteral("Full-width characters in PhysicalConnectionId were changed to "
                                            "their ASCII forms: ") +
                             id),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(
                     QStringLiteral("Spaces at the start or end of PhysicalConnectionId were removed.")),
                 qPrintable(run.err));
        const QJsonArray rows = history();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QLatin1String("resource_id")).toString(), id);
    }

    // The window offers UniCloud's codes as choices in plain words; the command line takes the
    // codes exactly as UniCloud's API page spells them, and refuses any other spelling.
    void order_uniCloudCodes_areTakenAsTheApiPageSpellsThem_data()
    {
        QTest::addColumn<QString>("param");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("payType as documented") << QStringLiteral("payType=DAY_MONTH_USAGE") << 0;
        QTest::newRow("renewType as documented") << QStringLiteral("renewType=manualrenew") << 0;
        QTest::newRow("specificationCode as documented")
            << QStringLiteral("specificationCode=nas.capacity.nfs") << 0;
        QTest::newRow("payType undocumented") << QStringLiteral("payType=YEAR_MONTH") << 2;
        QTest::newRow("renewType undocumented") << QStringLiteral("renewType=autorenew") << 2;
    }
    void order_uniCloudCodes_areTakenAsTheApiPageSpellsThem()
    {
        QFETCH(QString, param);
        QFETCH(int, exitCode);
        const QString name = param.section(QLatin1Char('='), 0, 0);
        QStringList args{QStringLiteral("order"),      QStringLiteral("unicloud"),
                         QStringLiteral("--endpoint"), endpoint(),
                         QStringLiteral("--json"),     QStringLiteral("--dry-run")};
        for (const QString& arg :
             OrderFlowSupport::paramArguments(QStringLiteral("unicloud"), QStringLiteral("codes")))
            args.append(arg.startsWith(name + QLatin1Char('=')) ? param : arg);
        QVERIFY(args.contains(param));
        const Run run = cli(args);
        const QString output = run.out + run.err;
        QVERIFY2(run.exitCode == exitCode, qPrintable(output));
        if (exitCode != 0)
            QVERIFY2(output.contains(name + QStringLiteral(" must be one of: ")), qPrintable(output));
        QCOMPARE(m_sim.requestCount(), 0);
    }

    void order_simulatorNotRunning_isNotSent()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const Run run =
            cli(QStringList{QStringLiteral("order"), QStringLiteral("huaweicloud"),
                            QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                            QStringLiteral("--yes"), QStringLiteral("--json")} +
                OrderFlowSupport::paramArguments(QStringLiteral("huaweicloud"), QStringLiteral("closed")));
        QCOMPARE(run.exitCode, 5);
        QCOMPARE(run.json().value(QLatin1String("status")).toString(), QStringLiteral("not_sent"));
        // The row stays, saying that nothing was ordered.
        const QJsonArray rows = history();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(rows.first().toObject().value(QLatin1String("error_code")).toString(),
                 QStringLiteral("NotSent"));
    }

    void history_filtersAndExportsCsv()
    {
        QCOMPARE(order(QStringLiteral("volcengine"), QStringLiteral("first")).exitCode, 0);
        QCOMPARE(order(QStringLiteral("aliyun"), QStringLiteral("notfound")).exitCode, 3);
        QCOMPARE(order(QStringLiteral("unicloud"), QStringLiteral("third")).exitCode, 0);
        QCOMPARE(history().size(), 3);
        QCOMPARE(history({QStringLiteral("--provider"), QStringLiteral("aliyun")}).size(), 1);
        QCOMPARE(history({QStringLiteral("--status"), QStringLiteral("succeeded")}).size(), 2);
        QCOMPARE(history({QStringLiteral("--text"), QStringLiteral("dcc-first")}).size(), 1);

        const Run bad = cli({QStringLiteral("history"), QStringLiteral("--status"), QStringLiteral("paid")});
        QCOMPARE(bad.exitCode, 2);

        const Run text = cli({QStringLiteral("history")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QLatin1String("dcc-first")));

        const QString file = m_data->filePath(QStringLiteral("orders.csv"));
        const Run exported =
            cli({QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--csv"), file});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 4); // the header and three orders
        QVERIFY(bytes.contains("pc-notfound"));
        // Nothing was bought: no payment to speak of.
        const QJsonObject refused =
            history({QStringLiteral("--provider"), QStringLiteral("aliyun")}).first().toObject();
        QVERIFY(refused.contains(QLatin1String("payment")));
        QVERIFY(refused.value(QLatin1String("payment")).isNull());
        QCOMPARE(refused.value(QLatin1String("length")).toInt(), 1);
    }

    void history_exportsXlsxWithTheFilters()
    {
        QCOMPARE(order(QStringLiteral("aliyun"), QStringLiteral("first")).exitCode, 0);
        QCOMPARE(order(QStringLiteral("volcengine"), QStringLiteral("second")).exitCode, 0);
        QCOMPARE(order(QStringLiteral("aliyun"), QStringLiteral("notfound")).exitCode, 3);
        const QString file = m_data->filePath(QStringLiteral("orders.xlsx"));
        const Run run = cli({QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("--xlsx"),
                             file, QStringLiteral("--provider"), QStringLiteral("aliyun"),
                             QStringLiteral("--status"), QStringLiteral("succeeded")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(
            run.err.contains(QStringLiteral("1 order written to %1.").arg(QDir::toNativeSeparators(file))),
            qPrintable(run.err));

        QJsonObject book;
        XLSX_READ_BACK(file, book);
        const QJsonArray rows = book.value(QLatin1String("rows")).toArray();
        QCOMPARE(rows.size(), 2); // the header and the one placed Alibaba Cloud order
        const QJsonArray row = rows.at(1).toArray();
        const auto at = [&row](OrderExportColumns::Column column) { return row.at(column).toObject(); };
        QCOMPARE(at(OrderExportColumns::ResourceId).value(QLatin1String("value")).toString(),
                 QStringLiteral("pc-first"));
        QCOMPARE(at(OrderExportColumns::OrderId).value(QLatin1String("type")).toString(),
                 QStringLiteral("text"));
        QCOMPARE(at(OrderExportColumns::OrderId).value(QLatin1String("value")).toString(),
                 history({QStringLiteral("--text"), QStringLiteral("pc-first")})
                     .first()
                     .toObject()
                     .value(QLatin1String("order_id"))
                     .toString());
        QCOMPARE(at(OrderExportColumns::Created).value(QLatin1String("type")).toString(),
                 QStringLiteral("datetime"));
        QCOMPARE(at(OrderExportColumns::TermLength).value(QLatin1String("type")).toString(),
                 QStringLiteral("number"));
    }

    void history_export_refusesToReplaceAFileWithoutForce_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("name");
        QTest::newRow("xlsx") << QStringLiteral("--xlsx") << QStringLiteral("orders.xlsx");
        QTest::newRow("csv") << QStringLiteral("--csv") << QStringLiteral("orders.csv");
    }

    void history_export_refusesToReplaceAFileWithoutForce()
    {
        QFETCH(QString, option);
        QFETCH(QString, name);
        QCOMPARE(order(QStringLiteral("volcengine"), QStringLiteral("first")).exitCode, 0);
        QCOMPARE(order(QStringLiteral("unicloud"), QStringLiteral("second")).exitCode, 0);
        const QString file = m_data->filePath(name);
        {
            QFile existing(file);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("keep me");
        }
        const QStringList args{QStringLiteral("history"), QStringLiteral("export"), option, file};

        Run run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("%1 already exists. To replace it, add --force.")
                                      .arg(QDir::toNativeSeparators(file))),
                 qPrintable(run.err));
        m_translations.setLanguage(QStringLiteral("zh_CN"));
        run = cli(args);
        m_translations.setLanguage(QStringLiteral("en"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("错误：")) && run.err.contains(QStringLiteral("已存在")) &&
                     run.err.contains(QStringLiteral("--force")),
                 qPrintable(run.err));
        QFile kept(file);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArrayLiteral("keep me"));
        kept.close();

        // Two files at once: one that exists stops both.
        const QString other = m_data->filePath(QStringLiteral("other.") + QFileInfo(name).suffix());
        run = cli(args + QStringList{option == QLatin1String("--csv") ? QStringLiteral("--xlsx")
                                                                      : QStringLiteral("--csv"),
                                     m_data->filePath(QStringLiteral("both"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(m_data->filePath(QStringLiteral("both"))));
        QVERIFY(!QFile::exists(other));

        run = cli(args + QStringList{QStringLiteral("--force")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(
            run.err.contains(QStringLiteral("2 orders written to %1.").arg(QDir::toNativeSeparators(file))),
            qPrintable(run.err));
        QVERIFY(QFileInfo(file).size() > 100);
    }

    void history_export_needsAFile()
    {
        QCOMPARE(cli({QStringLiteral("history"), QStringLiteral("export")}).exitCode, 2);
        const Run misplaced = cli({QStringLiteral("history"), QStringLiteral("--xlsx"),
                                   m_data->filePath(QStringLiteral("x.xlsx"))});
        QCOMPARE(misplaced.exitCode, 2);
        QVERIFY2(misplaced.err.contains(QLatin1String("history export --xlsx FILE")),
                 qPrintable(misplaced.err));
        QVERIFY(!QFile::exists(m_data->filePath(QStringLiteral("x.xlsx"))));
    }

    void resolve_badArguments_areUsageErrors()
    {
        QCOMPARE(cli({QStringLiteral("resolve"), QStringLiteral("1")}).exitCode, 2);
        QCOMPARE(
            cli({QStringLiteral("resolve"), QStringLiteral("x"), QStringLiteral("--not-placed")}).exitCode,
            2);
        QCOMPARE(
            cli({QStringLiteral("resolve"), QStringLiteral("99"), QStringLiteral("--not-placed")}).exitCode,
            2);
        QCOMPARE(order(QStringLiteral("volcengine"), QStringLiteral("done")).exitCode, 0);
        // A finished order cannot be resolved.
        const Run run = cli({QStringLiteral("resolve"), QStringLiteral("1"), QStringLiteral("--not-placed")});
        QCOMPARE(run.exitCode, 2);
    }

private:
    SimServer m_sim;
    quint16 m_port = 0;
    std::unique_ptr<QTemporaryDir> m_data;
    TranslationLoader m_translations;
};

QTEST_GUILESS_MAIN(TestCliOrders)
#include "tst_cliorders.moc"
