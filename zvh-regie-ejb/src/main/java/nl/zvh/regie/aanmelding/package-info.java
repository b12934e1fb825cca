/**
 * A partner refers a case (aanmelding): the concept, the submission with its receipt, number,
 * triage date and contact deadline, the completion the ZVH asks for, and "Mijn aanmeldingen". Every
 * call asks the privacy policy first and logs each processing of a betrokkene's data.
 */
package nl.zvh.regie.aanmelding;
