#include <torch/torch.h>
#include <QWidget>
