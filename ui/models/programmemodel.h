#pragma once

#include "domain/catalog.h"
#include "store/progressrepository.h"

#include <QHash>

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace lectern {

// The programme as a tree: trimesters → courses → weeks → lectures and their quizzes.
// Fed whole from a CatalogSnapshot that the store loaded; views only read it.
class ProgrammeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgrammeModel)

public:
    enum class NodeKind { Trimester, Course, Week, Lecture, Quiz };
    enum Role {
        KindRole = Qt::UserRole + 1, // NodeKind as int
        IdRole, // trimester number, course code or lecture id
        CourseCodeRole, // the course a row belongs to
        // A course of an elective slot the learner did not choose, and its lectures and
        // quizzes (which are disabled: they cannot be played or taken)
        IsElectiveAlternativeRole,
        CoverageRole, // lectures: share of the required part watched, 0..1
        QuizUnlockedRole, // quizzes: bool
    };

    explicit ProgrammeModel(QObject *parent = nullptr);
    ~ProgrammeModel() override;

    void setSnapshot(const CatalogSnapshot &snapshot);
    const CatalogSnapshot &snapshot() const { return m_snapshot; }
    // Viewing progress: all of it after loading, then one lecture at a time as it is saved;
    // only the rows of that lecture and its quiz change.
    void setProgress(const QHash<QString, LectureProgress> &progress);
    void updateProgress(const LectureProgress &progress);
    LectureProgress progress(const QString &lectureId) const;
    const Course *courseOf(const QString &lectureId) const;
    const Lecture *lecture(const QString &lectureId) const;

    QModelIndex indexOfCourse(const QString &code) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QString lectureText(const Node *node) const;
    QString quizText(const Node *node) const;
    void notifyLectureRows(const QString &lectureId);
    void addCourse(Node *trimester, const Course &course, const QString &slotTitle,
                   bool isAlternative);

    CatalogSnapshot m_snapshot;
    QHash<QString, LectureProgress> m_progress;
    QHash<QString, QList<Node *>> m_rowsByLecture; // lecture id → its lecture and quiz rows
    std::unique_ptr<Node> m_root;
};

} // namespace lectern
