#include "demousers.h"

#include "accountstore.h"
#include "passwordhasher.h"

namespace lectern {

DemoUsers::DemoUsers(const AccountStore &accounts, const PasswordHasher &hasher)
    : m_accounts(accounts)
    , m_hasher(hasher)
{ }

QString DemoUsers::warning()
{
    return QStringLiteral("WARNING: created demo accounts with PUBLIC passwords: \"%1\" / \"%2\" "
                          "(learner) and "
                          "\"%3\" / \"%4\" (faculty). They are for trying Lectern only; never use "
                          "--demo-users "
                          "on a server that real people can reach.")
        .arg(QLatin1String(kLearner), QLatin1String(kLearnerPassword), QLatin1String(kFaculty),
             QLatin1String(kFacultyPassword));
}

QList<ElectiveChoice> DemoUsers::learnerElectives(const Programme &programme)
{
    const QStringList preferred{QStringLiteral("PAIN-722"), QStringLiteral("PAIN-723")};
    QList<ElectiveChoice> choices;
    for (const ElectiveSlot &slot : programme.electiveSlots) {
        if (slot.options.isEmpty())
            continue;
        QString pick = slot.options.constFirst();
        for (const QString &option : slot.options) {
            if (preferred.contains(option))
                pick = option;
        }
        choices.append({slot.id, pick});
    }
    return choices;
}

QStringList DemoUsers::firstYearCourses(const Programme &programme)
{
    QStringList codes;
    for (const Trimester &trimester : programme.trimesters) {
        if (trimester.year != 1)
            continue;
        for (const QString &entry : trimester.entries) {
            if (const ElectiveSlot *slot = programme.electiveSlot(entry))
                codes.append(slot->options);
            else
                codes.append(entry);
        }
    }
    return codes;
}

Status DemoUsers::create(const Programme &programme) const
{
    Enrolment learner{programme.id, QStringLiteral("learner"), learnerElectives(programme), {}};
    if (Status s = createOne(QLatin1String(kLearner), QStringLiteral("Demo Learner"), learner.role,
                             QLatin1String(kLearnerPassword), learner);
        !s) {
        return s;
    }
    Enrolment faculty{programme.id, QStringLiteral("faculty"), {}, firstYearCourses(programme)};
    return createOne(QLatin1String(kFaculty), QStringLiteral("Demo Faculty"), faculty.role,
                     QLatin1String(kFacultyPassword), faculty);
}

Status DemoUsers::createOne(const QString &username, const QString &displayName,
                            const QString &role, const QString &password,
                            const Enrolment &enrolment) const
{
    const Result<QByteArray> hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();
    Account account{0, username, displayName, role, hash.value()};
    const Result<qint64> id = m_accounts.saveUser(account);
    if (!id)
        return id.error();
    account.id = id.value();
    return m_accounts.saveEnrolment(account, enrolment);
}

} // namespace lectern
