/** The partner's referral pages: the form in steps, the receipt and "Mijn aanmeldingen". */
package nl.zvh.web.aanmelding;
