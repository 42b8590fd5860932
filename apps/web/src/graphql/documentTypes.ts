// Result and variable types of a generated typed document, so components
// name the types of their own operations instead of writing them by hand.
import type { TypedDocumentNode } from '@apollo/client';

export type ResultOf<D> = D extends TypedDocumentNode<infer R, infer _V> ? R : never;
export type VariablesOf<D> = D extends TypedDocumentNode<infer _R, infer V> ? V : never;
