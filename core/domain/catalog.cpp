#include "catalog.h"

namespace lectern {

const ElectiveSlot *Programme::electiveSlot(const QString &slotId) const
{
    for (const ElectiveSlot &slot : electiveSlots) {
        if (slot.id == slotId)
            return &slot;
    }
    return nullptr;
}

int Programme::trimesterOf(const QString &courseCode) const
{
    for (const Trimester &trimester : trimesters) {
        for (const QString &entry : trimester.entries) {
            if (entry == courseCode)
                return trimester.number;
            if (const ElectiveSlot *slot = electiveSlot(entry);
                slot && slot->options.contains(courseCode)) {
                return trimester.number;
            }
        }
    }
    return 0;
}

int Course::lectureCount() const
{
    int count = 0;
    for (const Week &week : weeks)
        count += int(week.lectures.size());
    return count;
}

QString Enrolment::chosenOption(const QString &slotId) const
{
    for (const ElectiveChoice &choice : electiveChoices) {
        if (choice.slotId == slotId)
            return choice.courseCode;
    }
    return {};
}

const Course *CatalogSnapshot::course(const QString &code) const
{
    for (const Course &candidate : courses) {
        if (candidate.code == code)
            return &candidate;
    }
    return nullptr;
}

QString courseStatusName(CourseStatus status)
{
    return status == CourseStatus::Draft ? QStringLiteral("draft") : QStringLiteral("published");
}

CourseStatus courseStatusFromName(const QString &name, bool *ok)
{
    const bool known = name == u"draft" || name == u"published";
    if (ok)
        *ok = known;
    return name == u"draft" ? CourseStatus::Draft : CourseStatus::Published;
}

} // namespace lectern
