#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

class TestSecretService : public QObject
{
    Q_OBJECT

private:
    const QString m_service = QStringLiteral("OrderDesk environment check");

    // Runs a keychain job to completion and returns its error.
    static QKeychain::Error run(QKeychain::Job* job)
    {
        job->setAutoDelete(false);
        QSignalSpy finished(job, &QKeychain::Job::finished);
        job->start();
        if (finished.isEmpty() && !finished.wait(15000))
            return QKeychain::OtherError;
        return job->error();
    }

private Q_SLOTS:
    void writeReadDelete_roundTripsThroughTheSecretService()
    {
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = QStringLiteral("environment-check-") + key;

        QKeychain::WritePasswordJob write(m_service);
        write.setInsecureFallback(false);
        write.setKey(key);
        write.setTextData(secret);
        QCOMPARE(run(&write), QKeychain::NoError);

        QKeychain::ReadPasswordJob read(m_service);
        read.setInsecureFallback(false);
        read.setKey(key);
        QCOMPARE(run(&read), QKeychain::NoError);
        QCOMPARE(read.textData(), secret);

        QKeychain::DeletePasswordJob remove(m_service);
        remove.setInsecureFallback(false);
        remove.setKey(key);
        QCOMPARE(run(&remove), QKeychain::NoError);

        QKeychain::ReadPasswordJob again(m_service);
        again.setInsecureFallback(false);
        again.setKey(key);
        QCOMPARE(run(&again), QKeychain::EntryNotFound);
    }
};

QTEST_GUILESS_MAIN(TestSecretService)
#include "tst_secretservice.moc"
