package org.vnicconsole.console.launcher;

import java.util.concurrent.Callable;
import org.vnicconsole.console.shell.ConsoleApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The one executable: {@code vnic-console [command]}. Without a command it opens the console on an
 * embedded control plane. Runs on the main thread; each subcommand owns its own threads.
 */
@Command(
        name = "vnic-console",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Console, control plane and agent for SR-IOV virtual network interfaces.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ServerCommand.class,
            ScreenshotsCommand.class,
            AgentCommand.class
        })
public final class Main implements Callable<Integer> {

    @Mixin
    ConsoleOptions console = new ConsoleOptions();

    /** Starts the command line; exits with the subcommand's exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Opens the console window and returns when it is closed. */
    @Override
    public Integer call() throws Exception {
        ConsoleOptions.Start start = console.start(System.getenv());
        if (start.opener() instanceof EmbeddedPlane.Starter embedded) {
            embedded.startNow();
        }
        ConsoleApp.launch(start.configDir(), start.label(), start.opener());
        return 0;
    }

    /** The configured command line, for tests that run commands without exiting. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }
}
