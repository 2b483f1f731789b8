#include "catalogsync.h"

#include "domain/logging.h"
#include "store/localstore.h"
#include "sync/apiclient.h"

namespace lectern {

CatalogSync::CatalogSync(ApiClient *api, LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
{
    connect(m_store, &LocalStore::pageApplied, this, [this](int changeCount, bool hasMore) {
        if (!m_running)
            return;
        m_changeCount += changeCount;
        if (hasMore) {
            fetchNextPage();
            return;
        }
        m_running = false;
        qCInfo(lcSync) << "catalog up to date:" << m_changeCount << "changes, cursor"
                       << m_store->cursor();
        Q_EMIT finished(m_changeCount);
    });
    connect(m_store, &LocalStore::operationFailed, this, [this](const Error &error) {
        if (m_running)
            fail(error);
    });
}

void CatalogSync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_changeCount = 0;
    Q_EMIT started();
    fetchNextPage();
}

void CatalogSync::fetchNextPage()
{
    m_api->fetchCatalog(m_store->cursor(), this, [this](Result<CatalogPage> page) {
        if (!page)
            return fail(page.error());
        m_store->applyPageAsync(page.value());
    });
}

void CatalogSync::fail(const Error &error)
{
    m_running = false;
    qCWarning(lcSync) << "catalog sync failed:" << error.code << error.message;
    Q_EMIT failed(error);
}

} // namespace lectern
