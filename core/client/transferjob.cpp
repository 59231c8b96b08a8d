#include "client/transferjob.h"

TransferJob::TransferJob(Direction direction, QNetworkAccessManager *network, RoomNow room,
                         QObject *parent)
    : QObject(parent), m_network(network), m_direction(direction), m_room(std::move(room))
{
    m_again.setSingleShot(true);
    connect(&m_again, &QTimer::timeout, this, [this] {
        if (!m_cancelled)
            start();
    });
}

int TransferJob::secondsLeft() const
{
    if (m_state != State::Moving || m_rate < 1.0 || m_size <= 0)
        return -1;
    return int((m_size - m_done) / m_rate) + 1;
}

void TransferJob::retry()
{
    if (m_state != State::Failed)
        return;
    m_cancelled = false;
    m_tries = 0;
    m_gaveUp = false;
    start();
}

void TransferJob::cancel()
{
    m_cancelled = true;
    m_again.stop();
}

void TransferJob::setState(State state, const QString &error)
{
    if (state == State::Moving && m_state != State::Moving) {
        m_rateClock.start();
        m_rateBytes = m_done;
        m_rate = 0.0;
    }
    m_state = state;
    m_error = error;
    emit changed();
}

void TransferJob::setDone(qint64 done)
{
    m_done = done;
    // The rate over the last second or so, smoothed.
    const qint64 elapsed = m_rateClock.isValid() ? m_rateClock.elapsed() : 0;
    if (elapsed >= 500) {
        const double now = double(m_done - m_rateBytes) * 1000.0 / double(elapsed);
        m_rate = m_rate <= 0.0 ? now : 0.7 * m_rate + 0.3 * now;
        m_rateBytes = m_done;
        m_rateClock.restart();
    }
    emit changed();
}

void TransferJob::tryAgainLater(const QString &why)
{
    if (m_cancelled)
        return;
    if (++m_tries > MaxTries) {
        m_gaveUp = true;
        setState(State::Failed, why);
        return;
    }
    const int seconds = qMin(30, 1 << qMin(m_tries - 1, 5));
    setState(State::Waiting, tr("%1 Trying again in %n s.", nullptr, seconds).arg(why));
    m_again.start(seconds * 1000);
}
