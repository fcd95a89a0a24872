// The server's entry point: no model, never includes the vocabulary.
int main() { return 0; }
