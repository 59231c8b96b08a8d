#include "security/keyforge.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace KeyForge {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *pointer) const { Free(pointer); }
};
template<typename T, void (*Free)(T *)>
using Owned = std::unique_ptr<T, Deleter<T, Free>>;

using Key = Owned<EVP_PKEY, EVP_PKEY_free>;
using Certificate = Owned<X509, X509_free>;
using Bio = Owned<BIO, BIO_free_all>;
using DigestContext = Owned<EVP_MD_CTX, EVP_MD_CTX_free>;
using Number = Owned<BIGNUM, BN_free>;

QString lastError()
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    ERR_clear_error();
    return QString::fromLatin1(text);
}

QByteArray contentsOf(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, size) : QByteArray();
}

Bio memoryHolding(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

bool addName(X509_NAME *name, const char *field, const QByteArray &value)
{
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(value.constData()),
                                      int(value.size()), -1, 0) == 1;
}

} // namespace

std::optional<Identity> generate(const QString &commonName, QString *error)
{
    const auto failed = [error](const char *step) -> std::optional<Identity> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QLatin1String(step), lastError());
        return std::nullopt;
    };
    Key key(EVP_EC_gen("P-256"));
    if (!key)
        return failed("EVP_EC_gen");
    Certificate certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), 2) != 1)
        return failed("X509_new");
    // A random serial number, so two identities never share one.
    Number serial(BN_new());
    if (!serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())))
        return failed("serial number");
    if (ASN1_TIME_set_string(X509_getm_notBefore(certificate.get()), "20000101000000Z") != 1 ||
        ASN1_TIME_set_string(X509_getm_notAfter(certificate.get()), "20991231235959Z") != 1)
        return failed("validity");
    X509_NAME *name = X509_get_subject_name(certificate.get());
    QByteArray common = commonName.toUtf8().left(64); // the most a CN may hold
    if (common.isEmpty())
        common = "Salon";
    if (!addName(name, "O", "Salon") || !addName(name, "CN", common) ||
        X509_set_issuer_name(certificate.get(), name) != 1)
        return failed("name");
    if (X509_set_pubkey(certificate.get(), key.get()) != 1 ||
        X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return failed("X509_sign");

    Bio keyOut(BIO_new(BIO_s_mem()));
    Bio certificateOut(BIO_new(BIO_s_mem()));
    if (!keyOut || !certificateOut ||
        PEM_write_bio_PrivateKey(keyOut.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) !=
            1 ||
        PEM_write_bio_X509(certificateOut.get(), certificate.get()) != 1)
        return failed("PEM");
    return Identity{contentsOf(keyOut.get()), contentsOf(certificateOut.get())};
}

QByteArray sign(const QByteArray &privateKeyPem, const QByteArray &data)
{
    const Bio in = memoryHolding(privateKeyPem);
    const Key key(in ? PEM_read_bio_PrivateKey(in.get(), nullptr, nullptr, nullptr) : nullptr);
    const DigestContext context(EVP_MD_CTX_new());
    size_t size = 0;
    if (!key || !context ||
        EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &size,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size())) != 1) {
        ERR_clear_error();
        return {};
    }
    QByteArray signature(qsizetype(size), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size())) != 1) {
        ERR_clear_error();
        return {};
    }
    signature.truncate(qsizetype(size));
    return signature;
}

bool verify(const QByteArray &certificatePem, const QByteArray &data, const QByteArray &signature)
{
    if (signature.isEmpty())
        return false;
    const Bio in = memoryHolding(certificatePem);
    const Certificate certificate(in ? PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr)
                                     : nullptr);
    EVP_PKEY *key = certificate ? X509_get0_pubkey(certificate.get()) : nullptr;
    const DigestContext context(EVP_MD_CTX_new());
    const bool good =
        key && context &&
        EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key) == 1 &&
        EVP_DigestVerify(
            context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
            size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.constData()),
            size_t(data.size())) == 1;
    ERR_clear_error();
    return good;
}

} // namespace KeyForge
