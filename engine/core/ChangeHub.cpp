#include "ChangeHub.h"

namespace crucible {

ChangeHub& ChangeHub::instance()
{
    // Never deleted: signals may still be emitted from threads ending after main() returns.
    static ChangeHub* hub = new ChangeHub;
    return *hub;
}

} // namespace crucible
