import Foundation

/// Problems and progress go to standard error so that report output can be piped.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Ends the process once a command has printed what it loaded: a national-size dataset is
/// hundreds of megabytes, and handing it back page by page only delays the exit (50 ms at 30×).
/// `exit` flushes standard output first.
func exitWithoutTeardown() -> Never {
    exit(EXIT_SUCCESS)
}
