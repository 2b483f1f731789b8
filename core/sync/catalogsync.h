#pragma once

#include "domain/result.h"

#include <QObject>

namespace lectern {

class ApiClient;
class LocalStore;

// Pulls the catalog change feed page by page into the local store. Each page is fetched,
// then stored with its cursor in one transaction, before the next is asked for: an
// interrupted sync resumes where the last stored page ended.
class CatalogSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogSync)

public:
    CatalogSync(ApiClient *api, LocalStore *store, QObject *parent = nullptr);

    bool isRunning() const { return m_running; }
    void start(); // no-op while running

Q_SIGNALS:
    void started();
    void finished(int changeCount);
    void failed(const lectern::Error &error);

private:
    void fetchNextPage();
    void fail(const Error &error);

    ApiClient *m_api;
    LocalStore *m_store;
    bool m_running = false;
    int m_changeCount = 0;
};

} // namespace lectern
