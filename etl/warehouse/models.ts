// The SQL models of warehouse/ (warehouse/README.md): the runner's entry points.
//  - model-header.ts parses the one header each model file starts with;
//  - model-files.ts reads the files of each layer and orders them by what they read;
//  - latest-versions.ts keeps the staging views of the latest version of each record;
//  - run-models.ts runs them, rebuilding after a load only what it can have changed.
export { DERIVED_LAYERS, MODEL_LAYERS, modelFiles, type Model, type ModelLayer } from "./model-files.ts";
export { refreshModels, refreshReference, runModels, type RunOptions } from "./run-models.ts";
