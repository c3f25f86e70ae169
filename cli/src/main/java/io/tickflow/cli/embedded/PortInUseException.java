package io.tickflow.cli.embedded;

/** A local service could not start because its port is already bound; the message names the port and a fix. */
public final class PortInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PortInUseException(String what, int port) {
        super(what + " port " + port + " on 127.0.0.1 is already in use (another tickflow or Kafka running?). "
                + "Stop it or choose another port.");
    }
}
