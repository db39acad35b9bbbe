#include "LedgerTestSupport.h"
#include "ModelOnReader.h"
#include "common/FixedClock.h"
#include "ledger/LedgerReader.h"
#include "ledger/OrderLedger.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace OrderDesk;
using namespace LedgerTestSupport;

// The reads of the window's tables (docs/ARCHITECTURE.md, "Threads"): never in the thread that
// asks, answered in the order asked, and not delivered to a receiver that is gone.
class TestLedgerReader : public QObject
{
    Q_OBJECT

public:
    TestLedgerReader()
        : m_clock(startUtc())
    {}

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<OrderLedger> m_ledger;

private Q_SLOTS:
    void initTestCase()
    {
        LEDGER_STORE_READY();
        QVERIFY(m_dir.isValid());
        m_ledger = std::make_unique<OrderLedger>(m_clock);
        QVERIFY(m_ledger->open(TestLedgerStore::location(m_dir.filePath(QStringLiteral("reader.sqlite")))));
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_ledger->insertPending(seedRecord()) > 0);
    }

    void cleanupTestCase() { m_ledger.reset(); }

    void read_runsInAThreadOfItsOwn_answersInTheAskingThreadInOrder()
    {
        LedgerReader reader(m_ledger->filePath(), m_ledger->password());
        QList<int> answers;
        QList<Qt::HANDLE> readIn;
        QList<Qt::HANDLE> answeredIn;
        for (int i = 1; i <= 3; ++i) {
            reader.read<int>(
                nullptr,
                [i, &readIn](const OrderLedger& ledger) {
                    readIn << QThread::currentThreadId();
                    return ledger.order(i) ? i : -i;
                },
                [&answers, &answeredIn](const int& answer, const LocalizedText& error) {
                    QVERIFY(error.isEmpty());
                    answers << answer;
                    answeredIn << QThread::currentThreadId();
                });
        }
        QCOMPARE(reader.pending(), 3);
        // Nothing is answered before the asking thread's event loop runs.
        QVERIFY(answers.isEmpty());
        QVERIFY(readsSettled(reader));
        QCOMPARE(answers, QList<int>({1, 2, 3}));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(readIn.at(i) != QThread::currentThreadId());
            QCOMPARE(answeredIn.at(i), QThread::currentThreadId());
        }
    }

    void read_receiverGone_isNotAnswered()
    {
        LedgerReader reader(m_ledger->filePath(), m_ledger->password());
        auto receiver = std::make_unique<QObject>();
        int answered = 0;
        reader.read<int>(
            receiver.get(), [](const OrderLedger& ledger) { return ledger.count({}); },
            [&answered](const int&, const LocalizedText&) { ++answered; });
        reader.read<int>(
            nullptr, [](const OrderLedger& ledger) { return ledger.count({}); },
            [&answered](const int& count, const LocalizedText&) { answered += 10 * count; });
        receiver.reset();
        QVERIFY(readsSettled(reader));
        QCOMPARE(answered, 30);
    }

    void read_ledgerThatCannotBeOpened_answersWhy()
    {
        const QString notALedger = m_dir.filePath(QStringLiteral("not-a-ledger.sqlite"));
        QFile file(notALedger);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database, and must stay as it is");
        file.close();
        for (const QString& location : {QString(), notALedger}) {
            LedgerReader reader(location);
            bool ran = false;
            LocalizedText why;
            reader.read<int>(
                nullptr,
                [&ran](const OrderLedger&) {
                    ran = true;
                    return 1;
                },
                [&why](const int& result, const LocalizedText& error) {
                    QCOMPARE(result, 0);
                    why = error;
                });
            QVERIFY(readsSettled(reader));
            QVERIFY(!ran);
            QVERIFY2(!why.isEmpty(), qPrintable(location));
        }
        QCOMPARE(fileBytes(notALedger), QByteArray("this is not a database, and must stay as it is"));
    }
};

QTEST_GUILESS_MAIN(TestLedgerReader)
#include "tst_ledgerreader.moc"
