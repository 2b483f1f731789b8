#include "attemptjudge.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace lectern {
namespace {

// Reasons reach the learner as the server wrote them; times in UTC, to the minute, so the
// learner can compare them with the quiz's dates.
QString shown(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::AttemptJudge", text);
}

} // namespace

AttemptJudge::AttemptJudge(QuizSettings settings, Viewing viewing)
    : m_settings(std::move(settings))
    , m_viewing(viewing)
{ }

QString AttemptJudge::refusal(const Submission &submission) const
{
    // The device's clock first: when it runs ahead, its start and finish times say nothing
    // reliable about the quiz's dates or its time limit.
    if (submission.finishedAt > submission.receivedAt.addMSecs(kSkewMs)) {
        return tr("The device clock is ahead: this attempt says it finished at %1, more than "
                  "5 minutes after the server received it at %2.")
            .arg(shown(submission.finishedAt), shown(submission.receivedAt));
    }
    const QuizSettings &settings = m_settings;
    if (settings.opensAt.isValid() && submission.startedAt < settings.opensAt) {
        return tr("The quiz opens at %1; this attempt started earlier, at %2.")
            .arg(shown(settings.opensAt), shown(submission.startedAt));
    }
    if (settings.closesAt.isValid() && submission.startedAt > settings.closesAt) {
        return tr("The quiz closed at %1; this attempt started after that, at %2.")
            .arg(shown(settings.closesAt), shown(submission.startedAt));
    }
    if (settings.closesAt.isValid() && submission.finishedAt > settings.closesAt) {
        return tr("The quiz closed at %1; this attempt finished after that, at %2.")
            .arg(shown(settings.closesAt), shown(submission.finishedAt));
    }
    if (settings.isTimed()) {
        const qint64 limitMs = qint64(settings.timeLimitMinutes) * 60 * 1000;
        const qint64 tookMs = submission.startedAt.msecsTo(submission.finishedAt);
        if (tookMs > limitMs + kSkewMs) {
            return tr("This attempt took %1 minutes; the time limit is %2 minutes.")
                .arg(tookMs / 60000)
                .arg(settings.timeLimitMinutes);
        }
    }
    if (!m_viewing.unlockedBefore && !m_viewing.coverage.unlocked) {
        // Rounded down, so 89.6% never reads as the 90% that was needed.
        const int watched = int(std::floor(m_viewing.coverage.fraction * 100 + 1e-9));
        return tr("The lecture had been watched %1% (%2% needed) when this attempt was checked.")
            .arg(watched)
            .arg(qRound(UnlockRule::clampedThreshold(m_viewing.threshold) * 100));
    }
    return {};
}

QList<AttemptJudge::Verdict> AttemptJudge::judge(const QList<Submission> &submissions) const
{
    QList<Verdict> verdicts(submissions.size());
    QList<qsizetype> accepted;
    for (qsizetype i = 0; i < submissions.size(); ++i) {
        verdicts[i].reason = refusal(submissions.at(i));
        if (verdicts.at(i).reason.isEmpty())
            accepted.append(i);
    }
    // The limit counts attempts in the order they were finished, then by id, so every device
    // and every sync order reach the same numbering.
    std::sort(accepted.begin(), accepted.end(), [&submissions](qsizetype a, qsizetype b) {
        const Submission &x = submissions.at(a);
        const Submission &y = submissions.at(b);
        if (x.finishedAt != y.finishedAt)
            return x.finishedAt < y.finishedAt;
        return x.attemptId < y.attemptId;
    });
    for (qsizetype n = 0; n < accepted.size(); ++n) {
        Verdict &verdict = verdicts[accepted.at(n)];
        verdict.attemptNumber = int(n) + 1;
        if (!m_settings.hasAttemptLimit() || n < m_settings.attemptsAllowed) {
            verdict.status = AttemptStatus::Counted;
        } else {
            verdict.status = AttemptStatus::NotCounted;
            verdict.reason = m_settings.attemptsAllowed == 1
                ? tr("Past the limit of 1 attempt: kept, but it does not count.")
                : tr("Past the limit of %1 attempts: kept, but it does not count.")
                      .arg(m_settings.attemptsAllowed);
        }
    }
    return verdicts;
}

} // namespace lectern
