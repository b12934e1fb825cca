package nl.zvh.domain.model.casus;

/**
 * What kind of information an item holds. Health and criminal data are special categories (AVG art.
 * 9 and 10): shared only when necessary and always shown with their mark.
 */
public enum Informatiecategorie {
  ALGEMEEN(false),
  GEZONDHEID(true),
  STRAFRECHTELIJK(true);

  private final boolean bijzonder;

  Informatiecategorie(boolean bijzonder) {
    this.bijzonder = bijzonder;
  }

  public boolean isBijzonder() {
    return bijzonder;
  }
}
