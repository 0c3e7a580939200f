#pragma once

namespace crucible {

/// Registers the icons compiled into the static GUI library. Call once after QApplication
/// exists, before any icon is loaded; later calls do nothing. Thread: GUI.
void initGuiResources();

} // namespace crucible
