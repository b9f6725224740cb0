package dk.aarshjul.contract;

/**
 * Whether a goal has results (follow-ups) that must stay linked to it: implemented by the block
 * that records them, so the agreement block need not know it.
 */
public interface GoalHistory {

  boolean hasResults(Long goalId);
}
