#pragma once

#include "servercli.h"

class QCoreApplication;

namespace lectern {

// `lectern-server serve`: opens the store, builds the services and serves the API until SIGTERM
// or SIGINT. The first signal stops accepting connections and waits (up to the shutdown
// timeout) for the requests in flight to be answered and their answers sent; a second signal
// ends the wait at once. run() returns the exit code.
class ServeCommand final
{
public:
    ServeCommand(QCoreApplication &app, ServerOptions options);

    int run();

private:
    QCoreApplication &m_app;
    ServerOptions m_options;
};

} // namespace lectern
