#include "client/transferrequest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace TransferRequest {

QUrl url(bool encrypted, const QString &host, quint16 port, const QString &path)
{
    QUrl url;
    url.setScheme(encrypted ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(path, QUrl::StrictMode);
    return url;
}

QNetworkRequest make(const QUrl &url, const QString &memberToken)
{
    QNetworkRequest request(url);
    // The room speaks HTTP/1.1, one request a connection.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30000);
    if (!memberToken.isEmpty())
        request.setRawHeader("Authorization", "Salon " + memberToken.toLatin1());
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        // The certificate is the server's own, checked by its fingerprint
        // (pin()), not by an authority.
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }
    return request;
}

void pin(QNetworkReply *reply, const QByteArray &pinned)
{
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, pinned] {
        const QByteArray seen =
            reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
        if (pinned.isEmpty() || seen != pinned) {
            reply->setProperty("salonWrongServer", true);
            reply->abort();
        }
    });
}

QString problemOf(QNetworkReply *reply, const QByteArray &body)
{
    const QString said =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toString();
    if (!said.isEmpty())
        return said.left(500);
    if (reply->property("salonWrongServer").toBool())
        return QCoreApplication::translate("TransferRequest",
                                           "The server is not the one this room was joined on.");
    return reply->errorString();
}

} // namespace TransferRequest
