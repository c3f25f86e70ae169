package io.tickflow.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest (set by Maven), or "dev" when run from classes. */
public final class TickflowVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Tickflow.class.getPackage().getImplementationVersion();
        return new String[] {"tickflow " + (v == null ? "dev" : v)};
    }
}
