#include "net/OneShotUploadDevice.h"

#include <QTest>

using namespace OrderDesk;

class TestOneShotUploadDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readOnce_givesTheBodyThenNothing()
    {
        OneShotUploadDevice device(QByteArrayLiteral("{\"rentCount\":1}"));
        QVERIFY(device.isOpen());
        QVERIFY(device.isSequential());
        QCOMPARE(device.bytesAvailable(), qint64(15));
        QCOMPARE(device.read(6), QByteArray("{\"rent"));
        QCOMPARE(device.readAll(), QByteArray("Count\":1}"));
        QVERIFY(device.atEnd());
        QCOMPARE(device.bytesAvailable(), qint64(0));
        QCOMPARE(device.read(1), QByteArray());
    }

    void rewind_isRefused()
    {
        // Qt's HTTP channel rewinds the upload device before it resends a request by itself;
        // a refused rewind is what keeps it from sending an order twice.
        OneShotUploadDevice device(QByteArrayLiteral("body"));
        QCOMPARE(device.readAll(), QByteArray("body"));
        QVERIFY(!device.reset());
        QVERIFY(!device.seek(0));
        QCOMPARE(device.readAll(), QByteArray());
    }

    void peekedBytes_areStillRead()
    {
        OneShotUploadDevice device(QByteArrayLiteral("abcdef"));
        QCOMPARE(device.peek(3), QByteArray("abc"));
        QCOMPARE(device.bytesAvailable(), qint64(6));
        QCOMPARE(device.readAll(), QByteArray("abcdef"));
    }

    void writing_isRefused()
    {
        OneShotUploadDevice device(QByteArrayLiteral("x"));
        QTest::ignoreMessage(QtWarningMsg,
                             "QIODevice::write (OrderDesk::OneShotUploadDevice): ReadOnly device");
        QCOMPARE(device.write("y"), qint64(-1));
        QCOMPARE(device.readAll(), QByteArray("x"));
    }
};

QTEST_GUILESS_MAIN(TestOneShotUploadDevice)
#include "tst_oneshotuploaddevice.moc"
