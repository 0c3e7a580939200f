#include "engine/store/Workspace.h"
#include "widgets/RunsPage.h"
#include <QWidget>
#include <torch/torch.h>
