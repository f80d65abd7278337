package org.vnicconsole.console.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one executable: {@code vnic-console [command]}. Without a command it opens the console on an
 * embedded control plane. Runs on the main thread; each subcommand owns its own threads.
 */
@Command(
        name = "vnic-console",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Console, control plane and agent for SR-IOV virtual network interfaces.",
        subcommands = {CommandLine.HelpCommand.class, ServerCommand.class, AgentCommand.class})
public final class Main {

    /** Starts the command line; exits with the subcommand's exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests that run commands without exiting. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }
}
