/** A person's data export as this service knows it: by the person alone, its fields read from this service's tables. */
export interface PersonalDataReference {
  personId: string;
}
