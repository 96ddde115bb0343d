package dearrep.cli;

import picocli.CommandLine;

/** Creates command objects, handing the shared {@link Session} to those that take one. */
final class SessionFactory implements CommandLine.IFactory {

  private final Session session;
  private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

  SessionFactory(Session session) {
    this.session = session;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    try {
      return cls.getDeclaredConstructor(Session.class).newInstance(session);
    } catch (NoSuchMethodException e) {
      return fallback.create(cls);
    }
  }
}
