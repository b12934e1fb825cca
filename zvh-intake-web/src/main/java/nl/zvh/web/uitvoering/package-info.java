/** Pages of carrying out the plan van aanpak: one actiepunt with its reports. */
package nl.zvh.web.uitvoering;
