#include "Sha256.h"

#include "engine/core/Message.h"

#include <QFile>
#include <QIODevice>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace crucible {

namespace {

/// OpenSSL is set up when the engine loads, on the thread that loads it, not on the first
/// thread that hashes. Its clean-up at exit then runs after Qt's thread pool has ended its
/// threads, each of which frees its OpenSSL state as it ends; set up first from a pool thread,
/// OpenSSL cleaned up before them and their state was lost (LeakSanitizer).
[[maybe_unused]] const bool openSslReady = OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CONFIG, nullptr) == 1;

} // namespace

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(m_context), EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(m_context));
}

void Sha256::addData(QByteArrayView data)
{
    EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(m_context), data.data(), size_t(data.size()));
}

bool Sha256::addData(QIODevice* device)
{
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = device->read(buffer.data(), buffer.size());
        if (read < 0)
            return false;
        if (read == 0)
            return device->atEnd();
        addData(QByteArrayView(buffer.constData(), read));
    }
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(m_context), reinterpret_cast<unsigned char*>(digest.data()), &size);
    digest.resize(size);
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

Result<QString> sha256OfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot read the file: %1").arg(file.errorString()), path};
    Sha256 hash;
    if (!hash.addData(&file))
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("reading the file failed: %1").arg(file.errorString()), path};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace crucible
