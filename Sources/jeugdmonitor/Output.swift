import Foundation

/// Problems and progress go to standard error so that report output can be piped.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
