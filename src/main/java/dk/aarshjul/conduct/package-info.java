/**
 * The code of conduct (kodeks for samarbejde) between politicians and staff: a versioned text with
 * its values that the council adopts, put first on the agenda of every dialogue meeting, and
 * acknowledged by each participant once per election term for the version in force.
 */
package dk.aarshjul.conduct;
