/// errkb's version, printed by `--version` and written into reports and bundles.
public enum ErrKBVersion {
    public static let current = "0.1.0"
}
