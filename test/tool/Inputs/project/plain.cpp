// No model here: the driver never parses this unit.
int plain() { return 3; }
