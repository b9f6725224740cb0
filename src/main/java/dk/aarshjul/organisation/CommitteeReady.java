package dk.aarshjul.organisation;

/**
 * Published when a committee is added and for every committee at startup, once its groups exist:
 * Tasklist gives it a filter.
 */
public record CommitteeReady(
    long committeeId, String code, String name, String secretariatGroup, String membersGroup) {}
