#include "LedgerTestSupport.h"
#include "ProcessOutput.h"
#include "common/SystemClock.h"
#include "ledger/OrderLedger.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace OrderDesk;
using namespace LedgerTestSupport;

// The duplicate guard between processes, on either store: eight programs, each with a connection
// of its own, record an order of one resource at the same moment. The check for a recent order
// runs inside the write transaction (BEGIN IMMEDIATE on a file, a lock on the orders table on a
// server), so exactly one of them records it and the seven others are told which order stopped
// them. The threads of one program would prove less: they could share a lock the processes do not.
class TestLedgerRace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        LEDGER_STORE_READY();
        QVERIFY(m_dir.isValid());
    }

    void eightProcesses_oneResource_exactlyOneOrderIsRecorded()
    {
        const QString location = TestLedgerStore::location(m_dir.filePath(QStringLiteral("ledger.sqlite")));
        SystemClock clock;
        OrderLedger ledger(clock);
        LocalizedText error;
        // The ledger exists before the race, as it does for a user who has ordered before.
        QVERIFY2(ledger.open(location, &error), qPrintable(error.toEnglish()));

        for (int round = 0; round < 3; ++round) {
            const QString resource = QStringLiteral("pc-race-%1").arg(round);
            const QString go = m_dir.filePath(QStringLiteral("go-%1").arg(round));
            std::vector<std::unique_ptr<QProcess>> writers;
            for (int i = 0; i < 8; ++i) {
                auto process = std::make_unique<QProcess>();
                process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
                process->start(QStringLiteral(ORDERDESK_RACE_WRITER), {location, resource, go});
                writers.push_back(std::move(process));
            }
            // Every writer has opened the ledger before any of them writes.
            for (const auto& writer : writers) {
                QVERIFY2(writer->waitForReadyRead(60000), qPrintable(writer->errorString()));
                const QByteArray line = ProcessOutput::lines(writer->readLine()).trimmed();
                QCOMPARE(line, QByteArray("ready"));
            }
            QFile signal(go);
            QVERIFY(signal.open(QIODevice::WriteOnly));
            signal.close();

            int inserted = 0;
            qint64 insertedId = 0;
            QList<qint64> stoppedBy;
            QByteArray transcript;
            for (const auto& writer : writers) {
                QVERIFY(writer->waitForFinished(60000));
                const QByteArray out = ProcessOutput::lines(writer->readAllStandardOutput()).trimmed();
                transcript += out + '\n';
                if (writer->exitCode() == 0 && out.startsWith("inserted ")) {
                    ++inserted;
                    insertedId = out.mid(9).toLongLong();
                } else if (writer->exitCode() == 5 && out.startsWith("duplicate ")) {
                    stoppedBy << out.mid(10).toLongLong();
                }
            }
            QVERIFY2(inserted == 1, transcript.constData());
            QCOMPARE(stoppedBy, QList<qint64>(7, insertedId));
            OrderQuery query;
            query.text = resource;
            QCOMPARE(ids(ledger.orders(query)), QList<qint64>{insertedId});
        }
        QCOMPARE(ledger.count({}), 3);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLedgerRace)
#include "tst_ledgerrace.moc"
