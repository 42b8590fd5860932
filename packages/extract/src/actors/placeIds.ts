/** Known-actor ids of places from the gazetteer, not from the actor table: "place:sweden". */
export const PLACE_ID_PREFIX = 'place:';
