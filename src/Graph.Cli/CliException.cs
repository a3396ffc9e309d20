namespace Graph.Cli;

/// <summary>A problem with the user's input: printed as a message, exit code 1, no stack trace.</summary>
internal sealed class CliException(string message) : Exception(message);
