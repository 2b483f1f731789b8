#pragma once

#include "domain/catalog.h"
#include "domain/result.h"

namespace lectern {

class AccountStore;
class PasswordHasher;

// The two accounts the demo needs, so the client can be tried without an admin tool:
// "learner" (enrolled in the programme with electives chosen) and "faculty" (teaching the
// first-year courses, drafts included). Their passwords are public; never on a real server.
class DemoUsers final
{
public:
    static constexpr auto kLearner = "learner";
    static constexpr auto kLearnerPassword = "learner-demo";
    static constexpr auto kFaculty = "faculty";
    static constexpr auto kFacultyPassword = "faculty-demo";

    DemoUsers(const AccountStore &accounts, const PasswordHasher &hasher);

    // Creates both users or resets them (password, enrolment) to the demo state.
    Status create(const Programme &programme) const;

    // The warning to print whenever they are created.
    static QString warning();

    // The learner's electives: the demo path takes PAIN-722 and PAIN-723; a programme
    // without those options gets the first option of each slot.
    static QList<ElectiveChoice> learnerElectives(const Programme &programme);
    // Every course planned in a year-1 trimester, elective options included.
    static QStringList firstYearCourses(const Programme &programme);

private:
    Status createOne(const QString &username, const QString &displayName, const QString &role,
                     const QString &password, const Enrolment &enrolment) const;

    const AccountStore &m_accounts;
    const PasswordHasher &m_hasher;
};

} // namespace lectern
