#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace lectern {

// A failure a user or an operator must be told about: a stable code for programs and
// a message for people.
struct Error
{
    QString code;
    QString message;
};

// C++20 has no std::expected; this is the small subset we need. Holds a value or an Error.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }

    bool isOk() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return isOk(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but can fail.
struct Done
{
};
using Status = Result<Done>;

inline Status ok()
{
    return Done{};
}

} // namespace lectern
