#include "programmemodel.h"

#include <QFont>
#include <QLocale>

namespace lectern {

struct ProgrammeModel::Node
{
    NodeKind kind = NodeKind::Trimester;
    QString id;
    QString courseCode;
    QString title;
    QString toolTip;
    bool isAlternative = false;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(NodeKind childKind, QString childId, QString childTitle)
    {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->id = std::move(childId);
        child->title = std::move(childTitle);
        child->courseCode = childKind == NodeKind::Course ? child->id : courseCode;
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

QString formatUnits(double units)
{
    return units == 1 ? ProgrammeModel::tr("1 unit")
                      : ProgrammeModel::tr("%1 units").arg(QLocale().toString(units));
}

QString formatDuration(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ProgrammeModel::ProgrammeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

ProgrammeModel::~ProgrammeModel() = default;

void ProgrammeModel::setSnapshot(const CatalogSnapshot &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_root = std::make_unique<Node>();
    m_rowsByLecture.clear();
    for (const Trimester &trimester : m_snapshot.programme.trimesters) {
        Node *trimesterNode
            = m_root->add(NodeKind::Trimester, QString::number(trimester.number),
                          tr("Year %1 · Trimester %2").arg(trimester.year).arg(trimester.number));
        for (const QString &entry : trimester.entries) {
            if (const ElectiveSlot *slot = m_snapshot.programme.electiveSlot(entry)) {
                const QString chosen = m_snapshot.enrolment.chosenOption(slot->id);
                for (const QString &option : slot->options) {
                    if (const Course *course = m_snapshot.course(option))
                        addCourse(trimesterNode, *course, slot->title,
                                  !chosen.isEmpty() && chosen != option);
                }
            } else if (const Course *course = m_snapshot.course(entry)) {
                addCourse(trimesterNode, *course, QString(), false);
            }
        }
    }
    endResetModel();
}

void ProgrammeModel::addCourse(Node *trimester, const Course &course, const QString &slotTitle,
                               bool isAlternative)
{
    QString title = QStringLiteral("%1  %2").arg(course.code, course.title);
    if (course.status == CourseStatus::Draft)
        title += tr(" (draft)");
    Node *courseNode = trimester->add(NodeKind::Course, course.code, title);
    courseNode->isAlternative = isAlternative;
    courseNode->toolTip = slotTitle.isEmpty()
        ? formatUnits(course.units)
        : (isAlternative ? tr("%1, %2: the other option was chosen") : tr("%1, %2"))
              .arg(formatUnits(course.units), slotTitle);
    for (const Week &week : course.weeks) {
        Node *weekNode = courseNode->add(NodeKind::Week, QString::number(week.number),
                                         tr("Week %1: %2").arg(week.number).arg(week.title));
        for (const Lecture &lecture : week.lectures) {
            Node *lectureNode = weekNode->add(
                NodeKind::Lecture, lecture.id,
                tr("%1 (%2)").arg(lecture.title, formatDuration(lecture.durationSeconds)));
            lectureNode->toolTip = lecture.objectives.join(u'\n');
            Node *quizNode
                = weekNode->add(NodeKind::Quiz, lecture.quiz.id,
                                tr("%1 · %n question(s)", nullptr, lecture.quiz.questionCount)
                                    .arg(lecture.quiz.title));
            quizNode->toolTip = tr("Opens once the lecture has been watched to %1%.")
                                    .arg(qRound(course.unlockThreshold * 100));
            // The other option of an elective is listed so learners see what it holds, but
            // the server serves none of its media or quizzes to them and stores no progress
            // for it: its lectures and quizzes cannot be opened (flags()).
            if (isAlternative) {
                lectureNode->isAlternative = true;
                quizNode->isAlternative = true;
                lectureNode->toolTip = tr("Not your elective: you chose the other option.");
                quizNode->toolTip = lectureNode->toolTip;
            }
            m_rowsByLecture[lecture.id] = {lectureNode, quizNode};
        }
    }
}

void ProgrammeModel::setProgress(const QHash<QString, LectureProgress> &progress)
{
    m_progress = progress;
    for (auto it = m_rowsByLecture.cbegin(); it != m_rowsByLecture.cend(); ++it)
        notifyLectureRows(it.key());
}

void ProgrammeModel::updateProgress(const LectureProgress &progress)
{
    m_progress.insert(progress.lectureId, progress);
    notifyLectureRows(progress.lectureId);
}

LectureProgress ProgrammeModel::progress(const QString &lectureId) const
{
    LectureProgress found = m_progress.value(lectureId);
    found.lectureId = lectureId;
    return found;
}

void ProgrammeModel::notifyLectureRows(const QString &lectureId)
{
    for (Node *node : m_rowsByLecture.value(lectureId)) {
        const QModelIndex index = createIndex(node->row, 0, node);
        Q_EMIT dataChanged(index, index, {Qt::DisplayRole, CoverageRole, QuizUnlockedRole});
    }
}

QString ProgrammeModel::lectureText(const Node *node) const
{
    const auto it = m_progress.constFind(node->id);
    if (it == m_progress.constEnd() || it->watched.isEmpty())
        return node->title;
    return tr("%1 · %2% watched").arg(node->title).arg(int(it->coverage.fraction * 100));
}

QString ProgrammeModel::quizText(const Node *node) const
{
    if (node->isAlternative)
        return tr("%1 · not chosen").arg(node->title);
    // Faculty preview their courses: nothing is ever locked for them and nothing is recorded.
    if (m_snapshot.enrolment.role == u"faculty")
        return tr("%1 · open (preview)").arg(node->title);
    const LectureProgress found = m_progress.value(node->id);
    if (found.isQuizUnlocked())
        return tr("%1 · unlocked").arg(node->title);
    if (found.watched.isEmpty())
        return tr("%1 · locked").arg(node->title);
    const qint64 seconds = (found.coverage.remainingMs + 999) / 1000;
    return tr("%1 · locked: %2:%3 left to watch")
        .arg(node->title)
        .arg(seconds / 60)
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

const Course *ProgrammeModel::courseOf(const QString &lectureId) const
{
    for (const Course &course : m_snapshot.courses) {
        for (const Week &week : course.weeks) {
            for (const Lecture &candidate : week.lectures) {
                if (candidate.id == lectureId)
                    return &course;
            }
        }
    }
    return nullptr;
}

const Lecture *ProgrammeModel::lecture(const QString &lectureId) const
{
    const Course *course = courseOf(lectureId);
    if (!course)
        return nullptr;
    for (const Week &week : course->weeks) {
        for (const Lecture &candidate : week.lectures) {
            if (candidate.id == lectureId)
                return &candidate;
        }
    }
    return nullptr;
}

QModelIndex ProgrammeModel::indexOfCourse(const QString &code) const
{
    for (const auto &trimester : m_root->children) {
        for (const auto &course : trimester->children) {
            if (course->id == code)
                return createIndex(course->row, 0, course.get());
        }
    }
    return {};
}

ProgrammeModel::Node *ProgrammeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ProgrammeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *parentNode = nodeFor(parent);
    return createIndex(row, column, parentNode->children.at(size_t(row)).get());
}

QModelIndex ProgrammeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int ProgrammeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ProgrammeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ProgrammeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        if (node->kind == NodeKind::Lecture)
            return lectureText(node);
        if (node->kind == NodeKind::Quiz)
            return quizText(node);
        return node->title;
    case Qt::ToolTipRole:
        return node->toolTip.isEmpty() ? QVariant() : node->toolTip;
    case Qt::FontRole:
        if (node->kind == NodeKind::Trimester) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (node->isAlternative) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case KindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    case CourseCodeRole:
        return node->courseCode;
    case IsElectiveAlternativeRole:
        return node->isAlternative;
    case CoverageRole:
        return node->kind == NodeKind::Lecture
            ? QVariant(m_progress.value(node->id).coverage.fraction)
            : QVariant();
    case QuizUnlockedRole:
        return node->kind == NodeKind::Quiz ? QVariant(m_progress.value(node->id).isQuizUnlocked())
                                            : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags ProgrammeModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    const Node *node = nodeFor(index);
    // Disabled, so no view can select them to play or take them.
    if (node->isAlternative && (node->kind == NodeKind::Lecture || node->kind == NodeKind::Quiz))
        return Qt::NoItemFlags;
    return QAbstractItemModel::flags(index);
}

QVariant ProgrammeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Programme");
    return {};
}

} // namespace lectern
