// One attribution model per document: per parsed reference (computed once, cached by the corpus) and
// per draft object (shared by the attribution and quotes rules of one check run).
import type { Corpus } from '../corpus/corpus';
import type { Reference } from '../corpus/reference';
import type { Draft } from '../draft/draft';
import { buildAttributionModel, type AttributionModel } from './model';

const referenceModels = new WeakMap<Reference, AttributionModel>();

/** The model of one parsed reference, built once (a changed file is a new Reference object). */
export function referenceModel(_corpus: Corpus, ref: Reference): AttributionModel {
  let model = referenceModels.get(ref);
  if (!model) {
    model = buildAttributionModel(ref);
    referenceModels.set(ref, model);
  }
  return model;
}

const draftModels = new WeakMap<Draft, AttributionModel>();

export function draftModel(draft: Draft): AttributionModel {
  let model = draftModels.get(draft);
  if (!model) {
    model = buildAttributionModel(draft);
    draftModels.set(draft, model);
  }
  return model;
}
