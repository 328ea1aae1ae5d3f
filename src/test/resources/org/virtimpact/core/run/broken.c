/* Does not compile: lets AgentInstallerTest see how a compiler error is reported. */
int main(void) { return undeclared_symbol; }
