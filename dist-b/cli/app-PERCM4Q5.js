import {
  profileFromFields
} from "./chunk-QTCBQQBV.js";
import {
  Empty,
  Fragment,
  HtmlEscapedCallbackPhase,
  OutLink,
  Page,
  PostForm,
  SESSION_COOKIE,
  Time,
  asset,
  authenticate,
  callerOf,
  checkOptionalParameter,
  clearSessionCookie,
  clientAddress,
  documentHtml,
  getCookie,
  getPath,
  getPathNoStrict,
  getPattern,
  getQueryParam,
  getQueryParams,
  isApiPath,
  isTokenActionPath,
  jsxDEV,
  mergePath,
  resolveCallback,
  securityHeaders,
  sessionCookie,
  setFlash,
  setSessionCookie,
  splitPath,
  splitRoutingPath,
  takeFlash,
  tryDecode,
  tryDecodeURIComponent
} from "./chunk-CUWOZNXD.js";
import {
  signIn
} from "./chunk-JX5PX4YY.js";
import {
  createSession,
  endSession
} from "./chunk-CZFGDMW5.js";
import {
  HTTPException,
  HttpProblem,
  fieldProblems,
  invalid,
  notFound,
  problemJson,
  toProblem
} from "./chunk-FWA5WURM.js";
import {
  SLUG_PATTERN,
  SLUG_RULE
} from "./chunk-327OD4RX.js";
import "./chunk-45Y2GG7D.js";
import {
  MIN_PASSWORD_LENGTH,
  setPassword
} from "./chunk-5V7OUJUP.js";
import {
  APPLICATION_STATUSES,
  RENDER_MODES
} from "./chunk-DTIESMB2.js";
import {
  consumeToken,
  peekToken
} from "./chunk-5MJBCDRW.js";
import "./chunk-OBJW6WYT.js";
import {
  parseDuration
} from "./chunk-P3GHZZT5.js";
import {
  checkCareersUrl
} from "./chunk-YABR2AWV.js";
import {
  countMatches,
  findMatch,
  listMatches,
  matchCompanies,
  matchHistory,
  setMatchStatus
} from "./chunk-TNVQQQLA.js";
import {
  external_exports
} from "./chunk-T6BXHNBH.js";
import {
  writeTx
} from "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import "./chunk-ICS75TSL.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import {
  __commonJS,
  __toESM
} from "./chunk-4VNS5WPM.js";

// node_modules/@asteasolutions/zod-to-openapi/dist/index.cjs
var require_dist = __commonJS({
  "node_modules/@asteasolutions/zod-to-openapi/dist/index.cjs"(exports) {
    "use strict";
    function __rest(s, e) {
      var t = {};
      for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0)
        t[p] = s[p];
      if (s != null && typeof Object.getOwnPropertySymbols === "function")
        for (var i = 0, p = Object.getOwnPropertySymbols(s); i < p.length; i++) {
          if (e.indexOf(p[i]) < 0 && Object.prototype.propertyIsEnumerable.call(s, p[i]))
            t[p[i]] = s[p[i]];
        }
      return t;
    }
    var ZodTypeKeys = {
      ZodAny: "any",
      ZodArray: "array",
      ZodBigInt: "bigint",
      ZodBoolean: "boolean",
      ZodDefault: "default",
      ZodPrefault: "prefault",
      ZodTransform: "transform",
      ZodEnum: "enum",
      ZodIntersection: "intersection",
      ZodLazy: "lazy",
      ZodLiteral: "literal",
      ZodNever: "never",
      ZodNull: "null",
      ZodNullable: "nullable",
      ZodNumber: "number",
      ZodNonOptional: "nonoptional",
      ZodObject: "object",
      ZodOptional: "optional",
      ZodPipe: "pipe",
      ZodReadonly: "readonly",
      ZodRecord: "record",
      ZodString: "string",
      ZodTuple: "tuple",
      ZodType: "type",
      ZodUnion: "union",
      ZodDiscriminatedUnion: "union",
      ZodUnknown: "unknown",
      ZodVoid: "void",
      ZodDate: "date",
      ZodTemplateLiteral: "template_literal"
    };
    function isZodType(schema, typeNames) {
      const typeNamesArray = Array.isArray(typeNames) ? typeNames : [typeNames];
      return typeNamesArray.some((typeName) => {
        var _a;
        const typeNameMatch = ((_a = schema === null || schema === void 0 ? void 0 : schema.def) === null || _a === void 0 ? void 0 : _a.type) === ZodTypeKeys[typeName];
        if (typeName === "ZodDiscriminatedUnion") {
          return typeNameMatch && "discriminator" in schema.def;
        }
        return typeNameMatch;
      });
    }
    function isAnyZodType(schema) {
      return schema && "def" in schema;
    }
    function isNullableSchema(schema) {
      return schema.safeParse(null).success;
    }
    function isOptionalSchema(schema) {
      return schema.safeParse(void 0).success;
    }
    var $ZodRegistry = class {
      constructor() {
        this._map = /* @__PURE__ */ new Map();
        this._idmap = /* @__PURE__ */ new Map();
      }
      add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
          if (this._idmap.has(meta.id)) {
            throw new Error(`ID ${meta.id} already exists in the registry`);
          }
          this._idmap.set(meta.id, schema);
        }
        return this;
      }
      clear() {
        this._map = /* @__PURE__ */ new Map();
        this._idmap = /* @__PURE__ */ new Map();
        return this;
      }
      remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
          this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
      }
      get(schema) {
        const p = schema._zod.parent;
        if (p) {
          const pm = { ...this.get(p) ?? {} };
          delete pm.id;
          return { ...pm, ...this._map.get(schema) };
        }
        return this._map.get(schema);
      }
      has(schema) {
        return this._map.has(schema);
      }
    };
    function registry() {
      return new $ZodRegistry();
    }
    function isEqual(x, y) {
      if (x === null || x === void 0 || y === null || y === void 0) {
        return x === y;
      }
      if (x === y || x.valueOf() === y.valueOf()) {
        return true;
      }
      if (Array.isArray(x)) {
        if (!Array.isArray(y)) {
          return false;
        }
        if (x.length !== y.length) {
          return false;
        }
      }
      if (!(x instanceof Object) || !(y instanceof Object)) {
        return false;
      }
      const keysX = Object.keys(x);
      return Object.keys(y).every((keyY) => keysX.indexOf(keyY) !== -1) && keysX.every((key) => isEqual(x[key], y[key]));
    }
    var ObjectSet = class {
      constructor() {
        this.buckets = /* @__PURE__ */ new Map();
      }
      put(value) {
        const hashCode = this.hashCodeOf(value);
        const itemsByCode = this.buckets.get(hashCode);
        if (!itemsByCode) {
          this.buckets.set(hashCode, [value]);
          return;
        }
        const alreadyHasItem = itemsByCode.some((_) => isEqual(_, value));
        if (!alreadyHasItem) {
          itemsByCode.push(value);
        }
      }
      contains(value) {
        const hashCode = this.hashCodeOf(value);
        const itemsByCode = this.buckets.get(hashCode);
        if (!itemsByCode) {
          return false;
        }
        return itemsByCode.some((_) => isEqual(_, value));
      }
      values() {
        return [...this.buckets.values()].flat();
      }
      stats() {
        let totalBuckets = 0;
        let totalValues = 0;
        let collisions = 0;
        for (const bucket of this.buckets.values()) {
          totalBuckets += 1;
          totalValues += bucket.length;
          if (bucket.length > 1) {
            collisions += 1;
          }
        }
        const hashEffectiveness = totalBuckets / totalValues;
        return { totalBuckets, collisions, totalValues, hashEffectiveness };
      }
      hashCodeOf(object) {
        let hashCode = 0;
        if (Array.isArray(object)) {
          for (let i = 0; i < object.length; i++) {
            hashCode ^= this.hashCodeOf(object[i]) * i;
          }
          return hashCode;
        }
        if (typeof object === "string") {
          for (let i = 0; i < object.length; i++) {
            hashCode ^= object.charCodeAt(i) * i;
          }
          return hashCode;
        }
        if (typeof object === "number") {
          return object;
        }
        if (typeof object === "object") {
          for (const [key, value] of Object.entries(object)) {
            hashCode ^= this.hashCodeOf(key) + this.hashCodeOf(value !== null && value !== void 0 ? value : "");
          }
        }
        return hashCode;
      }
    };
    function isUndefined(value) {
      return value === void 0;
    }
    function mapValues(object, mapper) {
      const result = {};
      Object.entries(object).forEach(([key, value]) => {
        result[key] = mapper(value);
      });
      return result;
    }
    function omit(object, keys) {
      const result = {};
      Object.entries(object).forEach(([key, value]) => {
        if (!keys.some((keyToOmit) => keyToOmit === key)) {
          result[key] = value;
        }
      });
      return result;
    }
    function omitBy(object, predicate) {
      const result = {};
      Object.entries(object).forEach(([key, value]) => {
        if (!predicate(value, key)) {
          result[key] = value;
        }
      });
      return result;
    }
    function compact(arr) {
      return arr.filter((elem) => !isUndefined(elem));
    }
    var objectEquals = isEqual;
    function uniq(values) {
      const set = new ObjectSet();
      values.forEach((value) => set.put(value));
      return [...set.values()];
    }
    function isString(val) {
      return typeof val === "string";
    }
    function sortObjectByKeys(obj) {
      return Object.fromEntries(Object.entries(obj).sort(([leftKey], [rightKey]) => leftKey.localeCompare(rightKey)));
    }
    var zodToOpenAPIRegistry = registry();
    var Metadata = class {
      static collectMetadata(schema, metadata) {
        const currentMetadata = this.getMetadataFromRegistry(schema);
        const _internal = Object.assign(Object.assign({}, currentMetadata === null || currentMetadata === void 0 ? void 0 : currentMetadata._internal), metadata === null || metadata === void 0 ? void 0 : metadata._internal);
        const param = Object.assign(Object.assign({}, currentMetadata === null || currentMetadata === void 0 ? void 0 : currentMetadata.param), metadata === null || metadata === void 0 ? void 0 : metadata.param);
        const totalMetadata = Object.assign(Object.assign(Object.assign(Object.assign({}, Object.keys(_internal).length > 0 ? { _internal } : {}), currentMetadata), metadata), Object.keys(param).length > 0 ? { param } : {});
        if (isZodType(schema, [
          "ZodOptional",
          "ZodNullable",
          "ZodDefault",
          "ZodPrefault",
          "ZodReadonly",
          "ZodNonOptional"
        ]) && isAnyZodType(schema._zod.def.innerType)) {
          return this.collectMetadata(schema._zod.def.innerType, totalMetadata);
        }
        if (isZodType(schema, "ZodPipe")) {
          const inSchema = schema._zod.def.in;
          const outSchema = schema._zod.def.out;
          if (isZodType(inSchema, "ZodTransform") && isAnyZodType(outSchema)) {
            return this.collectMetadata(outSchema, totalMetadata);
          }
          if (isAnyZodType(inSchema)) {
            return this.collectMetadata(inSchema, totalMetadata);
          }
        }
        return totalMetadata;
      }
      /**
       * @deprecated Use one of `getOpenApiMetadata` or `getInternalMetadata` instead
       */
      static getMetadata(zodSchema) {
        return this.collectMetadata(zodSchema);
      }
      static getOpenApiMetadata(zodSchema) {
        const metadata = this.collectMetadata(zodSchema);
        const _a = metadata !== null && metadata !== void 0 ? metadata : {}, { _internal } = _a, rest = __rest(_a, ["_internal"]);
        return rest;
      }
      static getInternalMetadata(zodSchema) {
        var _a;
        return (_a = this.collectMetadata(zodSchema)) === null || _a === void 0 ? void 0 : _a._internal;
      }
      static getParamMetadata(zodSchema) {
        const metadata = this.collectMetadata(zodSchema);
        return Object.assign(Object.assign({}, metadata), {
          // A description provided from .openapi() should be taken with higher precedence
          param: Object.assign(Object.assign({}, (metadata === null || metadata === void 0 ? void 0 : metadata.description) ? { description: metadata.description } : {}), metadata === null || metadata === void 0 ? void 0 : metadata.param)
        });
      }
      /**
       * A method that omits all custom keys added to the regular OpenAPI
       * metadata properties
       */
      static buildSchemaMetadata(metadata) {
        return omitBy(omit(metadata, ["param", "_internal"]), isUndefined);
      }
      static buildParameterMetadata(metadata) {
        return omitBy(metadata, isUndefined);
      }
      static applySchemaMetadata(initialData, metadata) {
        return omitBy(Object.assign(Object.assign({}, initialData), this.buildSchemaMetadata(metadata)), isUndefined);
      }
      static getRefId(zodSchema) {
        var _a;
        return (_a = this.getInternalMetadata(zodSchema)) === null || _a === void 0 ? void 0 : _a.refId;
      }
      static unwrapChained(schema) {
        return this.unwrapUntil(schema);
      }
      static getDefaultValue(zodSchema) {
        var _a;
        const unwrapped = (_a = this.unwrapUntil(zodSchema, "ZodDefault")) !== null && _a !== void 0 ? _a : this.unwrapUntil(zodSchema, "ZodPrefault");
        return unwrapped === null || unwrapped === void 0 ? void 0 : unwrapped._zod.def.defaultValue;
      }
      static unwrapUntil(schema, typeName) {
        if (typeName && isZodType(schema, typeName)) {
          return schema;
        }
        if (isZodType(schema, [
          "ZodOptional",
          "ZodNullable",
          "ZodDefault",
          "ZodPrefault",
          "ZodReadonly",
          "ZodNonOptional"
        ]) && isAnyZodType(schema._zod.def.innerType)) {
          return this.unwrapUntil(schema._zod.def.innerType, typeName);
        }
        if (isZodType(schema, "ZodPipe")) {
          const inSchema = schema._zod.def.in;
          const outSchema = schema._zod.def.out;
          if (isZodType(inSchema, "ZodTransform") && isAnyZodType(outSchema)) {
            return this.unwrapUntil(outSchema, typeName);
          }
          if (isAnyZodType(inSchema)) {
            return this.unwrapUntil(inSchema, typeName);
          }
        }
        return typeName ? void 0 : schema;
      }
      static getMetadataFromInternalRegistry(zodSchema) {
        return zodToOpenAPIRegistry.get(zodSchema);
      }
      static getMetadataFromRegistry(zodSchema) {
        const internal = this.getMetadataFromInternalRegistry(zodSchema);
        const general = zodSchema.meta();
        if (!internal) {
          return general;
        }
        const { _internal } = internal, rest = __rest(internal, ["_internal"]);
        const _a = general !== null && general !== void 0 ? general : {}, { id, title } = _a, restGeneral = __rest(_a, ["id", "title"]);
        return Object.assign(Object.assign(Object.assign({ _internal: Object.assign(Object.assign({}, id ? { refId: id } : {}), _internal) }, rest), title ? { description: title } : {}), restGeneral);
      }
      static setMetadataInRegistry(zodSchema, metadata) {
        zodToOpenAPIRegistry.add(zodSchema, metadata);
      }
    };
    function preserveMetadataFromModifier(zodSchema, modifier) {
      const zodModifier = zodSchema[modifier];
      if (typeof zodModifier !== "function") {
        return;
      }
      zodSchema[modifier] = function(...args) {
        const result = zodModifier.apply(this, args);
        const meta = Metadata.getMetadataFromRegistry(this);
        if (meta) {
          Metadata.setMetadataInRegistry(result, meta);
        }
        return result;
      };
    }
    function extendZodWithOpenApi2(zod) {
      if (typeof zod.ZodType.prototype.openapi !== "undefined") {
        return;
      }
      zod.ZodType.prototype.openapi = function(...args) {
        const { refId, metadata, options } = getOpenApiConfiguration(...args);
        const _a = metadata !== null && metadata !== void 0 ? metadata : {}, { param } = _a, restOfOpenApi = __rest(_a, ["param"]);
        const allMetadata = Metadata.getMetadataFromRegistry(this);
        const _b = allMetadata !== null && allMetadata !== void 0 ? allMetadata : {}, { _internal: internalMetadata } = _b, currentMetadata = __rest(_b, ["_internal"]);
        const _internal = Object.assign(Object.assign(Object.assign({}, internalMetadata), options), refId ? { refId } : void 0);
        const resultMetadata = Object.assign(Object.assign(Object.assign({}, currentMetadata), restOfOpenApi), (currentMetadata === null || currentMetadata === void 0 ? void 0 : currentMetadata.param) || param ? {
          param: Object.assign(Object.assign({}, currentMetadata === null || currentMetadata === void 0 ? void 0 : currentMetadata.param), param)
        } : void 0);
        const result = new this.constructor(this._def);
        function setMetadata(schema) {
          Metadata.setMetadataInRegistry(schema, Object.assign(Object.assign({}, Object.keys(_internal).length > 0 ? { _internal } : void 0), resultMetadata));
        }
        setMetadata(result);
        if (isZodType(result, "ZodLazy")) {
          setMetadata(this);
        }
        if (isZodType(result, "ZodObject")) {
          const currentMetadata2 = Metadata.getMetadataFromRegistry(result);
          const originalExtend = result.extend;
          result.extend = function(...args2) {
            const extendedResult = originalExtend.apply(result, args2);
            const _a2 = currentMetadata2 !== null && currentMetadata2 !== void 0 ? currentMetadata2 : {}, { _internal: _internal2 } = _a2, rest = __rest(_a2, ["_internal"]);
            Metadata.setMetadataInRegistry(extendedResult, {
              _internal: {
                extendedFrom: (_internal2 === null || _internal2 === void 0 ? void 0 : _internal2.refId) ? { refId: _internal2.refId, schema: result } : _internal2 === null || _internal2 === void 0 ? void 0 : _internal2.extendedFrom
              }
            });
            return extendedResult.openapi(rest);
          };
          preserveMetadataFromModifier(result, "catchall");
        }
        preserveMetadataFromModifier(result, "optional");
        preserveMetadataFromModifier(result, "nullable");
        preserveMetadataFromModifier(result, "default");
        preserveMetadataFromModifier(result, "transform");
        preserveMetadataFromModifier(result, "refine");
        preserveMetadataFromModifier(result, "length");
        preserveMetadataFromModifier(result, "min");
        preserveMetadataFromModifier(result, "max");
        const originalMeta = result.meta;
        result.meta = function(...args2) {
          const result2 = originalMeta.apply(this, args2);
          if (args2[0]) {
            const meta = Metadata.getMetadataFromInternalRegistry(this);
            if (meta) {
              Metadata.setMetadataInRegistry(result2, Object.assign(Object.assign({}, meta), args2[0]));
            }
          }
          return result2;
        };
        return result;
      };
    }
    function getOpenApiConfiguration(refOrOpenapi, metadataOrOptions, options) {
      if (typeof refOrOpenapi === "string") {
        return {
          refId: refOrOpenapi,
          metadata: metadataOrOptions,
          options
        };
      }
      return {
        refId: void 0,
        metadata: refOrOpenapi,
        options: metadataOrOptions
      };
    }
    function getOpenApiMetadata2(zodSchema) {
      var _a;
      return omitBy((_a = Metadata.getOpenApiMetadata(zodSchema)) !== null && _a !== void 0 ? _a : {}, isUndefined);
    }
    function getRefId(zodSchema) {
      return Metadata.getRefId(zodSchema);
    }
    var OpenAPIRegistry2 = class {
      constructor(parents) {
        this.parents = parents;
        this._definitions = [];
      }
      get definitions() {
        var _a, _b;
        const parentDefinitions = (_b = (_a = this.parents) === null || _a === void 0 ? void 0 : _a.flatMap((par) => par._definitions)) !== null && _b !== void 0 ? _b : [];
        return [...parentDefinitions, ...this._definitions];
      }
      /**
       * Registers a new component schema under /components/schemas/${name}
       */
      register(refId, zodSchema) {
        const schemaWithRefId = this.schemaWithRefId(refId, zodSchema);
        this._definitions.push({ type: "schema", schema: schemaWithRefId });
        return schemaWithRefId;
      }
      /**
       * Registers a new parameter schema under /components/parameters/${name}
       */
      registerParameter(refId, zodSchema) {
        var _a, _b, _c;
        const schemaWithRefId = this.schemaWithRefId(refId, zodSchema);
        const currentMetadata = (_a = Metadata.getOpenApiMetadata(schemaWithRefId)) !== null && _a !== void 0 ? _a : {};
        const schemaWithMetadata = schemaWithRefId.openapi(Object.assign(Object.assign({}, currentMetadata), { param: Object.assign(Object.assign({}, currentMetadata === null || currentMetadata === void 0 ? void 0 : currentMetadata.param), { name: (_c = (_b = currentMetadata === null || currentMetadata === void 0 ? void 0 : currentMetadata.param) === null || _b === void 0 ? void 0 : _b.name) !== null && _c !== void 0 ? _c : refId }) }));
        this._definitions.push({
          type: "parameter",
          schema: schemaWithMetadata
        });
        return schemaWithMetadata;
      }
      /**
       * Registers a new path that would be generated under paths:
       */
      registerPath(route) {
        this._definitions.push({
          type: "route",
          route
        });
      }
      /**
       * Registers a new webhook that would be generated under webhooks:
       */
      registerWebhook(webhook) {
        this._definitions.push({
          type: "webhook",
          webhook
        });
      }
      /**
       * Registers a raw OpenAPI component. Use this if you have a simple object instead of a Zod schema.
       *
       * @param type The component type, e.g. `schemas`, `responses`, `securitySchemes`, etc.
       * @param name The name of the object, it is the key under the component
       *             type in the resulting OpenAPI document
       * @param component The actual object to put there
       */
      registerComponent(type, name, component) {
        this._definitions.push({
          type: "component",
          componentType: type,
          name,
          component
        });
        return {
          name,
          ref: { $ref: `#/components/${type}/${name}` }
        };
      }
      schemaWithRefId(refId, zodSchema) {
        return zodSchema.openapi(refId);
      }
    };
    var ZodToOpenAPIError = class {
      constructor(message) {
        this.message = message;
      }
    };
    var ConflictError = class extends ZodToOpenAPIError {
      constructor(message, data) {
        super(message);
        this.data = data;
      }
    };
    var MissingParameterDataError = class extends ZodToOpenAPIError {
      constructor(data) {
        super(`Missing parameter data, please specify \`${data.missingField}\` and other OpenAPI parameter props using the \`param\` field of \`schema.openapi\``);
        this.data = data;
      }
    };
    function enhanceMissingParametersError(action, paramsToAdd) {
      try {
        return action();
      } catch (error) {
        if (error instanceof MissingParameterDataError) {
          throw new MissingParameterDataError(Object.assign(Object.assign({}, error.data), paramsToAdd));
        }
        throw error;
      }
    }
    var UnknownZodTypeError = class extends ZodToOpenAPIError {
      constructor(data) {
        super(`Unknown zod object type, please specify \`type\` and other OpenAPI props using \`schema.openapi\`.`);
        this.data = data;
      }
    };
    var ArrayTransformer = class {
      transform(zodSchema, mapNullableType, mapItems) {
        var _a, _b, _c, _d;
        const itemType = zodSchema.def.element;
        const minItems = (_b = (_a = zodSchema.def.checks) === null || _a === void 0 ? void 0 : _a.find((check) => check._zod.def.check === "min_length")) === null || _b === void 0 ? void 0 : _b._zod.def.minimum;
        const maxItems = (_d = (_c = zodSchema.def.checks) === null || _c === void 0 ? void 0 : _c.find((check) => check._zod.def.check === "max_length")) === null || _d === void 0 ? void 0 : _d._zod.def.maximum;
        return Object.assign(Object.assign({}, mapNullableType("array")), {
          items: isAnyZodType(itemType) ? mapItems(itemType) : {},
          minItems,
          maxItems
        });
      }
    };
    var BigIntTransformer = class {
      transform(mapNullableType) {
        return Object.assign(Object.assign({}, mapNullableType("string")), { pattern: `^\\d+$` });
      }
    };
    var DiscriminatedUnionTransformer = class {
      transform(zodSchema, isNullable, mapNullableOfArray, mapItem, generateSchemaRef) {
        const options = zodSchema.def.options.filter(isAnyZodType);
        const optionSchema = options.map(mapItem);
        if (isNullable) {
          return {
            oneOf: mapNullableOfArray(optionSchema, isNullable)
          };
        }
        const discriminator = zodSchema._zod.def.discriminator;
        if (!discriminator) {
          console.error("No discriminator found for discriminated union", zodSchema);
          return {
            oneOf: optionSchema
          };
        }
        return {
          oneOf: optionSchema,
          discriminator: this.mapDiscriminator(options, discriminator, generateSchemaRef)
        };
      }
      mapDiscriminator(schemas, discriminator, generateSchemaRef) {
        if (schemas.some((schema) => Metadata.getRefId(schema) === void 0)) {
          return void 0;
        }
        const mapping = {};
        for (const schema of schemas) {
          const refId = Metadata.getRefId(schema);
          const values = this.getDiscriminatorValues(schema, discriminator);
          for (const value of values) {
            mapping[value] = generateSchemaRef(refId);
          }
        }
        return {
          propertyName: discriminator,
          mapping
        };
      }
      getDiscriminatorValues(schema, discriminator) {
        var _a;
        if (isZodType(schema, "ZodObject")) {
          const value = (_a = schema.def.shape) === null || _a === void 0 ? void 0 : _a[discriminator];
          if (!value) {
            return [];
          }
          if (isZodType(value, "ZodEnum")) {
            return Object.values(value._zod.def.entries).filter(isString);
          }
          if (isZodType(value, "ZodLiteral")) {
            return value.def.values.filter(isString);
          }
          return [];
        }
        if (isZodType(schema, "ZodDiscriminatedUnion")) {
          const nestedOptions = schema.def.options.filter(isAnyZodType);
          return [
            ...new Set(nestedOptions.flatMap((option) => this.getDiscriminatorValues(option, discriminator)))
          ];
        }
        return [];
      }
    };
    function enumInfo(enumObject) {
      const keysExceptReverseMappings = Object.keys(enumObject).filter((key) => typeof enumObject[enumObject[key]] !== "number");
      const values = keysExceptReverseMappings.map((key) => enumObject[key]);
      const numericCount = values.filter((_) => typeof _ === "number").length;
      const type = numericCount === 0 ? "string" : numericCount === values.length ? "numeric" : "mixed";
      return { values, type };
    }
    var EnumTransformer = class {
      transform(zodSchema, isNullable, mapNullableType) {
        const { type, values } = enumInfo(zodSchema._zod.def.entries);
        if (type === "mixed") {
          throw new ZodToOpenAPIError("Enum has mixed string and number values, please specify the OpenAPI type manually");
        }
        return Object.assign(Object.assign({}, mapNullableType(type === "numeric" ? "integer" : "string")), { enum: isNullable ? [...values, null] : values });
      }
    };
    var IntersectionTransformer = class {
      transform(zodSchema, isNullable, mapNullableOfArray, mapItem) {
        const subtypes = this.flattenIntersectionTypes(zodSchema);
        const allOfSchema = {
          allOf: subtypes.map(mapItem)
        };
        if (isNullable) {
          return {
            anyOf: mapNullableOfArray([allOfSchema], isNullable)
          };
        }
        return allOfSchema;
      }
      flattenIntersectionTypes(schema) {
        if (!isZodType(schema, "ZodIntersection")) {
          return [schema];
        }
        const leftSubTypes = isAnyZodType(schema._zod.def.left) ? this.flattenIntersectionTypes(schema._zod.def.left) : [];
        const rightSubTypes = isAnyZodType(schema._zod.def.right) ? this.flattenIntersectionTypes(schema._zod.def.right) : [];
        return [...leftSubTypes, ...rightSubTypes];
      }
    };
    var LiteralTransformer = class {
      constructor() {
        this.bigIntTransformer = new BigIntTransformer();
      }
      transform(zodSchema, mapNullableType) {
        const type = typeof zodSchema.def.values[0];
        if (type === "boolean" || type === "number" || type === "string" || type === "object") {
          return Object.assign(Object.assign({}, mapNullableType(type)), { enum: [zodSchema.def.values[0]] });
        }
        if (type === "bigint") {
          return this.bigIntTransformer.transform(mapNullableType);
        }
        return mapNullableType("null");
      }
    };
    var NumberTransformer = class {
      transform(zodSchema, mapNullableType, getNumberChecks) {
        var _a;
        return Object.assign(Object.assign(Object.assign({}, mapNullableType("number")), mapNullableType(zodSchema.format === "safeint" ? "integer" : "number")), getNumberChecks((_a = zodSchema.def.checks) !== null && _a !== void 0 ? _a : []));
      }
    };
    var ObjectTransformer = class {
      transform(zodSchema, defaultValue, mapNullableType, mapItem) {
        var _a;
        const extendedFrom = (_a = Metadata.getInternalMetadata(zodSchema)) === null || _a === void 0 ? void 0 : _a.extendedFrom;
        const required = this.requiredKeysOf(zodSchema);
        const properties = mapValues(zodSchema.def.shape, mapItem);
        if (!extendedFrom) {
          return Object.assign(Object.assign(Object.assign(Object.assign({}, mapNullableType("object")), { properties, default: defaultValue }), required.length > 0 ? { required } : {}), this.generateAdditionalProperties(zodSchema, mapItem));
        }
        const parent = extendedFrom.schema;
        mapItem(parent);
        const keysRequiredByParent = this.requiredKeysOf(parent);
        const propsOfParent = mapValues(parent === null || parent === void 0 ? void 0 : parent.def.shape, mapItem);
        const propertiesToAdd = Object.fromEntries(Object.entries(properties).filter(([key, type]) => {
          return !objectEquals(propsOfParent[key], type);
        }));
        const additionallyRequired = required.filter((prop) => !keysRequiredByParent.includes(prop));
        const objectData = Object.assign(Object.assign(Object.assign(Object.assign({}, mapNullableType("object")), { default: defaultValue, properties: propertiesToAdd }), additionallyRequired.length > 0 ? { required: additionallyRequired } : {}), this.generateAdditionalProperties(zodSchema, mapItem));
        return {
          allOf: [
            { $ref: `#/components/schemas/${extendedFrom.refId}` },
            objectData
          ]
        };
      }
      generateAdditionalProperties(zodSchema, mapItem) {
        const catchallSchema = zodSchema.def.catchall;
        if (!catchallSchema) {
          return {};
        }
        if (isZodType(catchallSchema, "ZodNever")) {
          return { additionalProperties: false };
        }
        if (isAnyZodType(catchallSchema)) {
          return { additionalProperties: mapItem(catchallSchema) };
        }
        return {};
      }
      requiredKeysOf(objectSchema) {
        return Object.entries(objectSchema.def.shape).filter(([_key, type]) => !isOptionalSchema(type)).map(([key, _type]) => key);
      }
    };
    var RecordTransformer = class {
      transform(zodSchema, mapNullableType, mapItem) {
        const propertiesType = zodSchema.valueType;
        const keyType = zodSchema.keyType;
        const propertiesSchema = isAnyZodType(propertiesType) ? mapItem(propertiesType) : {};
        if (isZodType(keyType, "ZodEnum")) {
          const keys = Object.values(keyType._zod.def.entries).filter(isString);
          const properties = keys.reduce((acc, curr) => Object.assign(Object.assign({}, acc), { [curr]: propertiesSchema }), {});
          return Object.assign(Object.assign({}, mapNullableType("object")), { properties });
        }
        return Object.assign(Object.assign({}, mapNullableType("object")), { additionalProperties: propertiesSchema });
      }
    };
    function isZodCheckLengthEquals(check) {
      return check._zod.def.check === "length_equals";
    }
    function isZodCheckRegex(check) {
      return check._zod.def.check === "string_format" && check._zod.def.format === "regex";
    }
    var StringTransformer = class {
      transform(zodSchema, mapNullableType) {
        var _a, _b, _c, _d;
        const regexCheck = (_a = zodSchema.def.checks) === null || _a === void 0 ? void 0 : _a.find(isZodCheckRegex);
        const pattern = regexCheck === null || regexCheck === void 0 ? void 0 : regexCheck._zod.def.pattern.toString().replace(/^\/|\/$/g, "");
        const check = (_b = zodSchema.def.checks) === null || _b === void 0 ? void 0 : _b.find(isZodCheckLengthEquals);
        const length = check === null || check === void 0 ? void 0 : check._zod.def.length;
        const maxLength = Number.isFinite(zodSchema.minLength) ? (_c = zodSchema.minLength) !== null && _c !== void 0 ? _c : void 0 : void 0;
        const minLength = Number.isFinite(zodSchema.maxLength) ? (_d = zodSchema.maxLength) !== null && _d !== void 0 ? _d : void 0 : void 0;
        return Object.assign(Object.assign({}, mapNullableType("string")), {
          // FIXME: https://github.com/colinhacks/zod/commit/d78047e9f44596a96d637abb0ce209cd2732d88c
          minLength: length !== null && length !== void 0 ? length : maxLength,
          maxLength: length !== null && length !== void 0 ? length : minLength,
          format: this.mapStringFormat(zodSchema),
          pattern
        });
      }
      /**
       * Attempts to map Zod strings to known formats
       * https://json-schema.org/understanding-json-schema/reference/string.html#built-in-formats
       * New mappings should use values from the OpenAPI format registry:
       * https://spec.openapis.org/registry/format/
       */
      mapStringFormat(zodString) {
        if (zodString.format === "uuid")
          return "uuid";
        if (zodString.format === "guid")
          return "uuid";
        if (zodString.format === "email")
          return "email";
        if (zodString.format === "url")
          return "uri";
        if (zodString.format === "date")
          return "date";
        if (zodString.format === "datetime")
          return "date-time";
        if (zodString.format === "time")
          return "time";
        if (zodString.format === "duration")
          return "duration";
        if (zodString.format === "cuid")
          return "cuid";
        if (zodString.format === "cuid2")
          return "cuid2";
        if (zodString.format === "ulid")
          return "ulid";
        if (zodString.format === "ipv4")
          return "ip";
        if (zodString.format === "ipv6")
          return "ip";
        if (zodString.format === "cidrv4")
          return "ipv4-cidr";
        if (zodString.format === "cidrv6")
          return "ipv6-cidr";
        if (zodString.format === "base64url")
          return "base64url";
        if (zodString.format === "emoji")
          return "emoji";
        return void 0;
      }
    };
    var TupleTransformer = class {
      constructor(versionSpecifics) {
        this.versionSpecifics = versionSpecifics;
      }
      transform(zodSchema, mapNullableType, mapItem) {
        const items = zodSchema._zod.def.items;
        const schemas = items.map((item) => isAnyZodType(item) ? mapItem(item) : {});
        return Object.assign(Object.assign({}, mapNullableType("array")), this.versionSpecifics.mapTupleItems(schemas));
      }
    };
    var UnionTransformer = class {
      constructor(options) {
        this.options = options;
      }
      transform(zodSchema, mapNullableOfArray, mapItem) {
        var _a, _b, _c;
        const internalMetadata = Metadata.getInternalMetadata(zodSchema);
        const preferredType = (_c = (_a = internalMetadata === null || internalMetadata === void 0 ? void 0 : internalMetadata.unionPreferredType) !== null && _a !== void 0 ? _a : (_b = this.options) === null || _b === void 0 ? void 0 : _b.unionPreferredType) !== null && _c !== void 0 ? _c : "anyOf";
        const options = this.flattenUnionTypes(zodSchema);
        const schemas = options.map((schema) => {
          const optionToGenerate = this.unwrapNullable(schema);
          return mapItem(optionToGenerate);
        });
        return {
          [preferredType]: mapNullableOfArray(schemas)
        };
      }
      flattenUnionTypes(schema) {
        if (!isZodType(schema, "ZodUnion")) {
          return [schema];
        }
        const options = schema.def.options;
        return options.flatMap((option) => isAnyZodType(option) ? this.flattenUnionTypes(option) : []);
      }
      unwrapNullable(schema) {
        if (isZodType(schema, "ZodNullable")) {
          const unwrapped = schema.unwrap();
          if (isAnyZodType(unwrapped)) {
            return this.unwrapNullable(unwrapped);
          }
        }
        return schema;
      }
    };
    var DateTransformer = class {
      transform(mapNullableType) {
        return Object.assign(Object.assign({}, mapNullableType("string")), { format: "date-time" });
      }
    };
    var LazyTransformer = class _LazyTransformer {
      transform(zodSchema, mapItem, mapNullableType, mapNullableRef) {
        const result = mapItem(zodSchema._zod.def.getter());
        return _LazyTransformer.mapRecursive(result, mapNullableType, mapNullableRef);
      }
      static mapRecursive(schema, mapNullableType, mapNullableRef) {
        if ("$ref" in schema) {
          return mapNullableRef(schema);
        }
        if (schema.type) {
          return Object.assign(Object.assign({}, schema), mapNullableType(schema.type));
        }
        return schema;
      }
    };
    var TemplateLiteralTransformer = class {
      transform(zodSchema, mapNullableType) {
        const parts = zodSchema.def.parts;
        const contentPattern = parts.map((part) => this.generatePattern(part)).join("");
        return Object.assign(Object.assign({}, mapNullableType("string")), { pattern: `^${contentPattern}$` });
      }
      generatePattern(part) {
        if (typeof part === "string" || typeof part === "number" || typeof part === "boolean" || typeof part === "bigint" || part === null || part === void 0) {
          return this.escapeRegex(String(part));
        }
        if (isZodType(part, "ZodLiteral")) {
          const value = part.def.values[0];
          return this.escapeRegex(String(value));
        }
        if (isZodType(part, "ZodNumber")) {
          return "[+-]?\\d+(\\.\\d+)?";
        }
        if (isZodType(part, "ZodBoolean")) {
          return "(true|false)";
        }
        if (isZodType(part, "ZodEnum")) {
          const { values } = enumInfo(part.def.entries);
          return `(${values.map((v) => this.escapeRegex(String(v))).join("|")})`;
        }
        return ".*";
      }
      escapeRegex(str) {
        return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      }
    };
    var OpenApiTransformer = class {
      constructor(versionSpecifics, options) {
        this.versionSpecifics = versionSpecifics;
        this.objectTransformer = new ObjectTransformer();
        this.stringTransformer = new StringTransformer();
        this.numberTransformer = new NumberTransformer();
        this.bigIntTransformer = new BigIntTransformer();
        this.dateTransformer = new DateTransformer();
        this.lazyTransformer = new LazyTransformer();
        this.literalTransformer = new LiteralTransformer();
        this.templateLiteralTransformer = new TemplateLiteralTransformer();
        this.enumTransformer = new EnumTransformer();
        this.arrayTransformer = new ArrayTransformer();
        this.discriminatedUnionTransformer = new DiscriminatedUnionTransformer();
        this.intersectionTransformer = new IntersectionTransformer();
        this.recordTransformer = new RecordTransformer();
        this.tupleTransformer = new TupleTransformer(versionSpecifics);
        this.unionTransformer = new UnionTransformer(options);
      }
      transform(zodSchema, isNullable, mapItem, generateSchemaRef, defaultValue) {
        if (isZodType(zodSchema, "ZodNull")) {
          return this.versionSpecifics.nullType;
        }
        if (isZodType(zodSchema, "ZodUnknown") || isZodType(zodSchema, "ZodAny")) {
          return this.versionSpecifics.mapNullableType(void 0, isNullable);
        }
        if (isZodType(zodSchema, "ZodObject")) {
          return this.objectTransformer.transform(
            zodSchema,
            defaultValue,
            // verified on TS level from input
            // verified on TS level from input
            (_) => this.versionSpecifics.mapNullableType(_, isNullable),
            mapItem
          );
        }
        const schema = this.transformSchemaWithoutDefault(zodSchema, isNullable, mapItem, generateSchemaRef);
        return Object.assign(Object.assign({}, schema), { default: defaultValue });
      }
      transformSchemaWithoutDefault(zodSchema, isNullable, mapItem, generateSchemaRef) {
        if (isZodType(zodSchema, "ZodUnknown") || isZodType(zodSchema, "ZodAny")) {
          return this.versionSpecifics.mapNullableType(void 0, isNullable);
        }
        if (isZodType(zodSchema, "ZodString")) {
          return this.stringTransformer.transform(zodSchema, (schema) => this.versionSpecifics.mapNullableType(schema, isNullable));
        }
        if (isZodType(zodSchema, "ZodNumber")) {
          return this.numberTransformer.transform(zodSchema, (schema) => this.versionSpecifics.mapNullableType(schema, isNullable), (_) => this.versionSpecifics.getNumberChecks(_));
        }
        if (isZodType(zodSchema, "ZodBigInt")) {
          return this.bigIntTransformer.transform((schema) => this.versionSpecifics.mapNullableType(schema, isNullable));
        }
        if (isZodType(zodSchema, "ZodBoolean")) {
          return this.versionSpecifics.mapNullableType("boolean", isNullable);
        }
        if (isZodType(zodSchema, "ZodLazy")) {
          return this.lazyTransformer.transform(zodSchema, mapItem, (schema) => this.versionSpecifics.mapNullableType(schema, isNullable), (schema) => this.versionSpecifics.mapNullableOfRef(schema, isNullable));
        }
        if (isZodType(zodSchema, "ZodLiteral")) {
          return this.literalTransformer.transform(zodSchema, (schema) => this.versionSpecifics.mapNullableType(schema, isNullable));
        }
        if (isZodType(zodSchema, "ZodTemplateLiteral")) {
          return this.templateLiteralTransformer.transform(zodSchema, (schema) => this.versionSpecifics.mapNullableType(schema, isNullable));
        }
        if (isZodType(zodSchema, "ZodEnum")) {
          return this.enumTransformer.transform(zodSchema, isNullable, (schema) => this.versionSpecifics.mapNullableType(schema, isNullable));
        }
        if (isZodType(zodSchema, "ZodArray")) {
          return this.arrayTransformer.transform(zodSchema, (_) => this.versionSpecifics.mapNullableType(_, isNullable), mapItem);
        }
        if (isZodType(zodSchema, "ZodTuple")) {
          return this.tupleTransformer.transform(zodSchema, (_) => this.versionSpecifics.mapNullableType(_, isNullable), mapItem);
        }
        if (isZodType(zodSchema, "ZodDiscriminatedUnion")) {
          return this.discriminatedUnionTransformer.transform(zodSchema, isNullable, (_) => this.versionSpecifics.mapNullableOfArray(_, isNullable), mapItem, generateSchemaRef);
        }
        if (isZodType(zodSchema, "ZodUnion")) {
          return this.unionTransformer.transform(zodSchema, (_) => this.versionSpecifics.mapNullableOfArray(_, isNullable), mapItem);
        }
        if (isZodType(zodSchema, "ZodIntersection")) {
          return this.intersectionTransformer.transform(zodSchema, isNullable, (_) => this.versionSpecifics.mapNullableOfArray(_, isNullable), mapItem);
        }
        if (isZodType(zodSchema, "ZodRecord")) {
          return this.recordTransformer.transform(zodSchema, (_) => this.versionSpecifics.mapNullableType(_, isNullable), mapItem);
        }
        if (isZodType(zodSchema, "ZodDate")) {
          return this.dateTransformer.transform((_) => this.versionSpecifics.mapNullableType(_, isNullable));
        }
        const refId = Metadata.getRefId(zodSchema);
        throw new UnknownZodTypeError({
          currentSchema: zodSchema.def,
          schemaName: refId
        });
      }
    };
    var OpenAPIGenerator = class {
      constructor(definitions, versionSpecifics, options) {
        this.definitions = definitions;
        this.versionSpecifics = versionSpecifics;
        this.options = options;
        this.schemaRefs = {};
        this.paramRefs = {};
        this.pathRefs = {};
        this.rawComponents = [];
        this.openApiTransformer = new OpenApiTransformer(versionSpecifics, options);
        this.sortDefinitions();
      }
      generateDocumentData() {
        this.definitions.forEach((definition) => this.generateSingle(definition));
        return {
          components: this.buildComponents(),
          paths: this.pathRefs
        };
      }
      generateComponents() {
        this.definitions.forEach((definition) => this.generateSingle(definition));
        return {
          components: this.buildComponents()
        };
      }
      buildComponents() {
        var _a, _b, _c, _d;
        const rawComponents = {};
        this.rawComponents.forEach(({ componentType, name, component }) => {
          var _a2;
          (_a2 = rawComponents[componentType]) !== null && _a2 !== void 0 ? _a2 : rawComponents[componentType] = {};
          rawComponents[componentType][name] = component;
        });
        const rawSchemas = (_a = rawComponents["schemas"]) !== null && _a !== void 0 ? _a : {};
        const allSchemas = Object.assign(Object.assign({}, rawSchemas), this.filteredSchemaRefs);
        const schemas = ((_b = this.options) === null || _b === void 0 ? void 0 : _b.sortComponents) === "alphabetically" ? sortObjectByKeys(allSchemas) : allSchemas;
        const rawParameters = (_c = rawComponents["parameters"]) !== null && _c !== void 0 ? _c : {};
        const allParameters = Object.assign(Object.assign({}, rawParameters), this.paramRefs);
        const parameters = ((_d = this.options) === null || _d === void 0 ? void 0 : _d.sortComponents) === "alphabetically" ? sortObjectByKeys(allParameters) : allParameters;
        return Object.assign(Object.assign({}, rawComponents), { schemas, parameters });
      }
      isNotPendingRefEntry(entry) {
        return entry[1] !== "pending";
      }
      get filteredSchemaRefs() {
        const filtered = Object.entries(this.schemaRefs).filter(this.isNotPendingRefEntry);
        return Object.fromEntries(filtered);
      }
      sortDefinitions() {
        const generationOrder = [
          "schema",
          "parameter",
          "component",
          "route",
          "webhook"
        ];
        this.definitions.sort((left, right) => {
          if (!("type" in left)) {
            if (!("type" in right)) {
              return 0;
            }
            return -1;
          }
          if (!("type" in right)) {
            return 1;
          }
          const leftIndex = generationOrder.findIndex((type) => type === left.type);
          const rightIndex = generationOrder.findIndex((type) => type === right.type);
          return leftIndex - rightIndex;
        });
      }
      generateSingle(definition) {
        if (!("type" in definition)) {
          this.generateSchemaWithRef(definition);
          return;
        }
        switch (definition.type) {
          case "parameter":
            this.generateParameterDefinition(definition.schema);
            return;
          case "schema":
            this.generateSchemaWithRef(definition.schema);
            return;
          case "route":
            this.generateSingleRoute(definition.route);
            return;
          case "component":
            this.rawComponents.push(definition);
            return;
        }
      }
      generateParameterDefinition(zodSchema) {
        const refId = Metadata.getRefId(zodSchema);
        const result = this.generateParameter(zodSchema);
        if (refId) {
          this.paramRefs[refId] = result;
        }
        return result;
      }
      getParameterRef(schema, external) {
        const metadata = Metadata.getOpenApiMetadata(schema);
        const internalMetadata = Metadata.getInternalMetadata(schema);
        const parameterMetadata = metadata === null || metadata === void 0 ? void 0 : metadata.param;
        const existingRef = (internalMetadata === null || internalMetadata === void 0 ? void 0 : internalMetadata.refId) ? this.paramRefs[internalMetadata.refId] : void 0;
        if (!(internalMetadata === null || internalMetadata === void 0 ? void 0 : internalMetadata.refId) || !existingRef) {
          return void 0;
        }
        if (parameterMetadata && existingRef.in !== parameterMetadata.in || (external === null || external === void 0 ? void 0 : external.in) && existingRef.in !== external.in) {
          throw new ConflictError(`Conflicting location for parameter ${existingRef.name}`, {
            key: "in",
            values: compact([
              existingRef.in,
              external === null || external === void 0 ? void 0 : external.in,
              parameterMetadata === null || parameterMetadata === void 0 ? void 0 : parameterMetadata.in
            ])
          });
        }
        if (parameterMetadata && existingRef.name !== parameterMetadata.name || (external === null || external === void 0 ? void 0 : external.name) && existingRef.name !== (external === null || external === void 0 ? void 0 : external.name)) {
          throw new ConflictError(`Conflicting names for parameter`, {
            key: "name",
            values: compact([
              existingRef.name,
              external === null || external === void 0 ? void 0 : external.name,
              parameterMetadata === null || parameterMetadata === void 0 ? void 0 : parameterMetadata.name
            ])
          });
        }
        return {
          $ref: `#/components/parameters/${internalMetadata.refId}`
        };
      }
      generateInlineParameters(zodSchema, location) {
        const metadata = Metadata.getOpenApiMetadata(zodSchema);
        const parameterMetadata = metadata === null || metadata === void 0 ? void 0 : metadata.param;
        const referencedSchema = this.getParameterRef(zodSchema, { in: location });
        if (referencedSchema) {
          return [referencedSchema];
        }
        if (isZodType(zodSchema, "ZodObject")) {
          const propTypes = zodSchema.def.shape;
          const parameters = Object.entries(propTypes).map(([key, schema]) => {
            var _a;
            const innerMetadata = Metadata.getOpenApiMetadata(schema);
            const referencedSchema2 = this.getParameterRef(schema, {
              in: location,
              name: key
            });
            if (referencedSchema2) {
              return referencedSchema2;
            }
            const innerParameterMetadata = innerMetadata === null || innerMetadata === void 0 ? void 0 : innerMetadata.param;
            if ((innerParameterMetadata === null || innerParameterMetadata === void 0 ? void 0 : innerParameterMetadata.name) && innerParameterMetadata.name !== key) {
              throw new ConflictError(`Conflicting names for parameter`, {
                key: "name",
                values: [key, innerParameterMetadata.name]
              });
            }
            if ((innerParameterMetadata === null || innerParameterMetadata === void 0 ? void 0 : innerParameterMetadata.in) && innerParameterMetadata.in !== location) {
              throw new ConflictError(`Conflicting location for parameter ${(_a = innerParameterMetadata.name) !== null && _a !== void 0 ? _a : key}`, {
                key: "in",
                values: [location, innerParameterMetadata.in]
              });
            }
            return this.generateParameter(schema, { name: key, in: location });
          });
          return parameters;
        }
        if ((parameterMetadata === null || parameterMetadata === void 0 ? void 0 : parameterMetadata.in) && parameterMetadata.in !== location) {
          throw new ConflictError(`Conflicting location for parameter ${parameterMetadata.name}`, {
            key: "in",
            values: [location, parameterMetadata.in]
          });
        }
        return [this.generateParameter(zodSchema, { in: location })];
      }
      generateSimpleParameter(zodSchema, externalParamMetadata) {
        const metadata = Metadata.getParamMetadata(zodSchema);
        const paramMetadata = metadata === null || metadata === void 0 ? void 0 : metadata.param;
        const mergedParamMetadata = Object.assign(Object.assign({}, paramMetadata), externalParamMetadata);
        const required = !isOptionalSchema(zodSchema) && !isNullableSchema(zodSchema);
        const schema = this.generateSchemaWithRef(zodSchema);
        return Object.assign({
          schema,
          required
        }, Object.keys(mergedParamMetadata).length > 0 ? Metadata.buildParameterMetadata(mergedParamMetadata) : {});
      }
      generateParameter(zodSchema, externalParamMetadata) {
        var _a, _b;
        const metadata = Metadata.getOpenApiMetadata(zodSchema);
        const paramMetadata = metadata === null || metadata === void 0 ? void 0 : metadata.param;
        const paramName = (_a = externalParamMetadata === null || externalParamMetadata === void 0 ? void 0 : externalParamMetadata.name) !== null && _a !== void 0 ? _a : paramMetadata === null || paramMetadata === void 0 ? void 0 : paramMetadata.name;
        const paramLocation = (_b = externalParamMetadata === null || externalParamMetadata === void 0 ? void 0 : externalParamMetadata.in) !== null && _b !== void 0 ? _b : paramMetadata === null || paramMetadata === void 0 ? void 0 : paramMetadata.in;
        if (!paramName) {
          throw new MissingParameterDataError({ missingField: "name" });
        }
        if (!paramLocation) {
          throw new MissingParameterDataError({
            missingField: "in",
            paramName
          });
        }
        const baseParameter = this.generateSimpleParameter(zodSchema, externalParamMetadata);
        return Object.assign(Object.assign({}, baseParameter), { in: paramLocation, name: paramName });
      }
      generateSchemaWithMetadata(zodSchema) {
        const innerSchema = Metadata.unwrapChained(zodSchema);
        const metadata = Metadata.getOpenApiMetadata(zodSchema);
        const defaultValue = Metadata.getDefaultValue(zodSchema);
        const refId = Metadata.getRefId(zodSchema);
        if (refId && typeof this.schemaRefs[refId] === "object") {
          return this.schemaRefs[refId];
        }
        if (refId && this.schemaRefs[refId] === "pending") {
          const refSchema = { $ref: this.generateSchemaRef(refId) };
          return this.versionSpecifics.mapNullableOfRef(refSchema, isNullableSchema(zodSchema));
        }
        if (refId && !this.schemaRefs[refId]) {
          this.schemaRefs[refId] = "pending";
        }
        const result = (metadata === null || metadata === void 0 ? void 0 : metadata.type) ? { type: metadata.type } : this.toOpenAPISchema(innerSchema, isNullableSchema(zodSchema), defaultValue);
        return metadata ? Metadata.applySchemaMetadata(result, metadata) : omitBy(result, isUndefined);
      }
      /**
       * Same as above but applies nullable
       */
      constructReferencedOpenAPISchema(zodSchema) {
        const metadata = Metadata.getOpenApiMetadata(zodSchema);
        const innerSchema = Metadata.unwrapChained(zodSchema);
        const defaultValue = Metadata.getDefaultValue(zodSchema);
        const isNullable = isNullableSchema(zodSchema);
        if (metadata === null || metadata === void 0 ? void 0 : metadata.type) {
          return this.versionSpecifics.mapNullableType(metadata.type, isNullable);
        }
        const refId = Metadata.getRefId(zodSchema);
        if (refId && typeof this.schemaRefs[refId] === "object") {
          return LazyTransformer.mapRecursive(this.schemaRefs[refId], (schema) => this.versionSpecifics.mapNullableType(schema, isNullable), (schema) => this.versionSpecifics.mapNullableOfRef(schema, isNullable));
        }
        if (refId && this.schemaRefs[refId] === "pending") {
          const refSchema = { $ref: this.generateSchemaRef(refId) };
          return this.versionSpecifics.mapNullableOfRef(refSchema, isNullable);
        }
        if (refId && !this.schemaRefs[refId]) {
          this.schemaRefs[refId] = "pending";
        }
        return this.toOpenAPISchema(innerSchema, isNullable, defaultValue);
      }
      /**
       * Generates an OpenAPI SchemaObject or a ReferenceObject with all the provided metadata applied
       */
      generateSimpleSchema(zodSchema) {
        const metadata = Metadata.getOpenApiMetadata(zodSchema);
        const refId = Metadata.getRefId(zodSchema);
        if (!refId || !this.schemaRefs[refId]) {
          return this.generateSchemaWithMetadata(zodSchema);
        }
        const schemaRef = this.schemaRefs[refId];
        const referenceObject = {
          $ref: this.generateSchemaRef(refId)
        };
        if (this.schemaRefs[refId] === "pending") {
          return this.versionSpecifics.mapNullableOfRef(referenceObject, isNullableSchema(zodSchema));
        }
        const newMetadata = omitBy(Metadata.buildSchemaMetadata(metadata !== null && metadata !== void 0 ? metadata : {}), (value, key) => value === void 0 || objectEquals(value, schemaRef[key]));
        if (newMetadata.type) {
          return {
            allOf: [referenceObject, newMetadata]
          };
        }
        const newSchemaMetadata = omitBy(this.constructReferencedOpenAPISchema(zodSchema), (value, key) => value === void 0 || objectEquals(value, schemaRef[key]));
        const appliedMetadata = Metadata.applySchemaMetadata(newSchemaMetadata, newMetadata);
        if (Object.keys(appliedMetadata).length > 0) {
          return {
            allOf: [referenceObject, appliedMetadata]
          };
        }
        return referenceObject;
      }
      /**
       * Same as `generateSchema` but if the new schema is added into the
       * referenced schemas, it would return a ReferenceObject and not the
       * whole result.
       *
       * Should be used for nested objects, arrays, etc.
       */
      generateSchemaWithRef(zodSchema) {
        const refId = Metadata.getRefId(zodSchema);
        if (refId && !this.schemaRefs[refId]) {
          this.schemaRefs[refId] = this.generateSimpleSchema(zodSchema);
          return { $ref: this.generateSchemaRef(refId) };
        }
        return this.generateSimpleSchema(zodSchema);
      }
      generateSchemaRef(refId) {
        return `#/components/schemas/${refId}`;
      }
      getRequestBody(requestBody) {
        if (!requestBody) {
          return;
        }
        const { content } = requestBody, rest = __rest(requestBody, ["content"]);
        const requestBodyContent = this.getBodyContent(content);
        return Object.assign(Object.assign({}, rest), { content: requestBodyContent });
      }
      getParameters(request) {
        if (!request) {
          return [];
        }
        const { headers } = request;
        const query = this.cleanParameter(request.query);
        const params = this.cleanParameter(request.params);
        const cookies = this.cleanParameter(request.cookies);
        const queryParameters = enhanceMissingParametersError(() => query ? this.generateInlineParameters(query, "query") : [], { location: "query" });
        const pathParameters = enhanceMissingParametersError(() => params ? this.generateInlineParameters(params, "path") : [], { location: "path" });
        const cookieParameters = enhanceMissingParametersError(() => cookies ? this.generateInlineParameters(cookies, "cookie") : [], { location: "cookie" });
        const headerParameters = enhanceMissingParametersError(() => {
          if (Array.isArray(headers)) {
            return headers.flatMap((header) => this.generateInlineParameters(header, "header"));
          }
          const cleanHeaders = this.cleanParameter(headers);
          return cleanHeaders ? this.generateInlineParameters(cleanHeaders, "header") : [];
        }, { location: "header" });
        return [
          ...pathParameters,
          ...queryParameters,
          ...headerParameters,
          ...cookieParameters
        ];
      }
      cleanParameter(schema) {
        if (!schema) {
          return void 0;
        }
        if (isZodType(schema, "ZodPipe")) {
          const inSchema = schema._zod.def.in;
          const outSchema = schema._zod.def.out;
          if (isZodType(inSchema, "ZodObject")) {
            return this.cleanParameter(inSchema);
          }
          if (isZodType(outSchema, "ZodObject")) {
            return this.cleanParameter(outSchema);
          }
          return void 0;
        }
        return schema;
      }
      generatePath(route) {
        const { method, path, request, responses } = route, pathItemConfig = __rest(route, ["method", "path", "request", "responses"]);
        const generatedResponses = mapValues(responses, (response) => {
          return this.getResponse(response);
        });
        const parameters = enhanceMissingParametersError(() => this.getParameters(request), { route: `${method} ${path}` });
        const requestBody = this.getRequestBody(request === null || request === void 0 ? void 0 : request.body);
        const routeDoc = {
          [method]: Object.assign(Object.assign(Object.assign(Object.assign({}, pathItemConfig), parameters.length > 0 ? {
            parameters: [...pathItemConfig.parameters || [], ...parameters]
          } : {}), requestBody ? { requestBody } : {}), { responses: generatedResponses })
        };
        return routeDoc;
      }
      generateSingleRoute(route) {
        const routeDoc = this.generatePath(route);
        this.pathRefs[route.path] = Object.assign(Object.assign({}, this.pathRefs[route.path]), routeDoc);
        return routeDoc;
      }
      getResponse(response) {
        if (this.isReferenceObject(response)) {
          return response;
        }
        const { content, headers } = response, rest = __rest(response, ["content", "headers"]);
        const responseContent = content ? { content: this.getBodyContent(content) } : {};
        if (!headers) {
          return Object.assign(Object.assign({}, rest), responseContent);
        }
        const responseHeaders = isZodType(headers, "ZodObject") ? this.getResponseHeaders(headers) : (
          // This is input data so it is okay to cast in the common generator
          // since this is the user's responsibility to keep it correct
          headers
        );
        return Object.assign(Object.assign(Object.assign({}, rest), { headers: responseHeaders }), responseContent);
      }
      isReferenceObject(schema) {
        return "$ref" in schema;
      }
      getResponseHeaders(headers) {
        const schemaShape = headers.def.shape;
        const responseHeaders = mapValues(schemaShape, (_) => this.generateSimpleParameter(_));
        return responseHeaders;
      }
      getBodyContent(content) {
        return mapValues(content, (config) => {
          if (!config) {
            return config;
          }
          if ("$ref" in config) {
            return config;
          }
          const { schema: configSchema, itemSchema: configItemSchema } = config, rest = __rest(config, ["schema", "itemSchema"]);
          const schema = typeof configSchema === "object" && isAnyZodType(configSchema) ? this.generateSchemaWithRef(configSchema) : configSchema;
          const itemSchema = typeof configItemSchema === "object" && isAnyZodType(configItemSchema) ? this.generateSchemaWithRef(configItemSchema) : configItemSchema;
          return Object.assign(Object.assign(Object.assign({}, rest), schema !== void 0 ? { schema } : {}), itemSchema !== void 0 ? { itemSchema } : {});
        });
      }
      toOpenAPISchema(zodSchema, isNullable, defaultValue) {
        const result = this.openApiTransformer.transform(zodSchema, isNullable, (_) => this.generateSchemaWithRef(_), (_) => this.generateSchemaRef(_), defaultValue);
        return result;
      }
    };
    var OpenApiGeneratorV30Specifics = class {
      get nullType() {
        return { nullable: true };
      }
      mapNullableOfArray(objects, isNullable) {
        if (isNullable && !objects.some((object) => objectEquals(object, this.nullType))) {
          return [...objects, this.nullType];
        }
        return objects;
      }
      mapNullableType(type, isNullable) {
        return Object.assign(Object.assign({}, type ? { type } : void 0), isNullable ? this.nullType : void 0);
      }
      mapNullableOfRef(ref, isNullable) {
        if (isNullable) {
          return {
            allOf: [ref, this.nullType]
          };
        }
        return ref;
      }
      mapTupleItems(schemas) {
        const uniqueSchemas = uniq(schemas);
        return {
          items: uniqueSchemas.length === 1 ? uniqueSchemas[0] : { anyOf: uniqueSchemas },
          minItems: schemas.length,
          maxItems: schemas.length
        };
      }
      getNumberChecks(checks) {
        return Object.assign({}, ...checks.map((check) => {
          switch (check._zod.def.check) {
            case "greater_than": {
              const greaterThanCheck = check;
              return greaterThanCheck._zod.def.inclusive ? { minimum: Number(greaterThanCheck._zod.def.value) } : {
                minimum: Number(greaterThanCheck._zod.def.value),
                exclusiveMinimum: true
              };
            }
            case "less_than": {
              const lessThanCheck = check;
              return lessThanCheck._zod.def.inclusive ? { maximum: Number(lessThanCheck._zod.def.value) } : {
                maximum: Number(lessThanCheck._zod.def.value),
                exclusiveMaximum: !lessThanCheck._zod.def.inclusive
              };
            }
            default:
              return {};
          }
        }));
      }
    };
    var OpenApiGeneratorV32 = class {
      constructor(definitions, options) {
        const specifics = new OpenApiGeneratorV30Specifics();
        this.generator = new OpenAPIGenerator(definitions, specifics, options);
      }
      generateDocument(config) {
        const baseData = this.generator.generateDocumentData();
        return Object.assign(Object.assign({}, config), baseData);
      }
      generateComponents() {
        return this.generator.generateComponents();
      }
    };
    var OpenApiGeneratorV31Specifics = class {
      get nullType() {
        return { type: "null" };
      }
      mapNullableOfArray(objects, isNullable) {
        if (isNullable && !objects.some((object) => objectEquals(object, this.nullType))) {
          return [...objects, this.nullType];
        }
        return objects;
      }
      mapNullableType(type, isNullable) {
        if (!type) {
          return {};
        }
        if (isNullable) {
          const typeArray = Array.isArray(type) ? type : [type];
          const nullableType = uniq([...typeArray, "null"]);
          return { type: nullableType };
        }
        return { type };
      }
      mapNullableOfRef(ref, isNullable) {
        if (isNullable) {
          return {
            oneOf: [ref, this.nullType]
          };
        }
        return ref;
      }
      mapTupleItems(schemas) {
        return {
          prefixItems: schemas
        };
      }
      getNumberChecks(checks) {
        return Object.assign({}, ...checks.map((check) => {
          switch (check._zod.def.check) {
            case "greater_than": {
              const greaterThanCheck = check;
              return greaterThanCheck._zod.def.inclusive ? { minimum: Number(greaterThanCheck._zod.def.value) } : { exclusiveMinimum: Number(greaterThanCheck._zod.def.value) };
            }
            case "less_than": {
              const lessThanCheck = check;
              return lessThanCheck._zod.def.inclusive ? { maximum: Number(lessThanCheck._zod.def.value) } : { exclusiveMaximum: Number(lessThanCheck._zod.def.value) };
            }
            default:
              return {};
          }
        }));
      }
    };
    function isWebhookDefinition$1(definition) {
      return "type" in definition && definition.type === "webhook";
    }
    var OpenApiGeneratorV312 = class {
      constructor(definitions, options) {
        this.definitions = definitions;
        this.webhookRefs = {};
        const specifics = new OpenApiGeneratorV31Specifics();
        this.generator = new OpenAPIGenerator(this.definitions, specifics, options);
      }
      generateDocument(config) {
        this.generateWebhooks();
        const baseDocument = this.generator.generateDocumentData();
        return Object.assign(Object.assign(Object.assign({}, config), baseDocument), { webhooks: this.webhookRefs });
      }
      generateComponents() {
        return this.generator.generateComponents();
      }
      generateWebhooks() {
        this.webhookRefs = {};
        this.definitions.filter(isWebhookDefinition$1).forEach((definition) => this.generateSingleWebhook(definition.webhook));
      }
      generateSingleWebhook(route) {
        const routeDoc = this.generator.generatePath(route);
        this.webhookRefs[route.path] = Object.assign(Object.assign({}, this.webhookRefs[route.path]), routeDoc);
        return routeDoc;
      }
    };
    function isWebhookDefinition(definition) {
      return "type" in definition && definition.type === "webhook";
    }
    var OpenApiGeneratorV322 = class {
      constructor(definitions, options) {
        this.definitions = definitions;
        this.webhookRefs = {};
        const specifics = new OpenApiGeneratorV31Specifics();
        this.generator = new OpenAPIGenerator(this.definitions, specifics, options);
      }
      generateDocument(config) {
        this.generateWebhooks();
        const baseDocument = this.generator.generateDocumentData();
        return Object.assign(Object.assign(Object.assign({}, config), baseDocument), { webhooks: this.webhookRefs });
      }
      generateComponents() {
        return this.generator.generateComponents();
      }
      generateWebhooks() {
        this.webhookRefs = {};
        this.definitions.filter(isWebhookDefinition).forEach((definition) => this.generateSingleWebhook(definition.webhook));
      }
      generateSingleWebhook(route) {
        const routeDoc = this.generator.generatePath(route);
        this.webhookRefs[route.path] = Object.assign(Object.assign({}, this.webhookRefs[route.path]), routeDoc);
        return routeDoc;
      }
    };
    exports.OpenAPIRegistry = OpenAPIRegistry2;
    exports.OpenApiGeneratorV3 = OpenApiGeneratorV32;
    exports.OpenApiGeneratorV31 = OpenApiGeneratorV312;
    exports.OpenApiGeneratorV32 = OpenApiGeneratorV322;
    exports.extendZodWithOpenApi = extendZodWithOpenApi2;
    exports.getOpenApiMetadata = getOpenApiMetadata2;
    exports.getRefId = getRefId;
    exports.zodToOpenAPIRegistry = zodToOpenAPIRegistry;
  }
});

// node_modules/@hono/zod-openapi/dist/index.mjs
var import_zod_to_openapi = __toESM(require_dist(), 1);

// node_modules/hono/dist/utils/buffer.js
var bufferToFormData = (arrayBuffer, contentType) => {
  return new Response(arrayBuffer, { headers: { "Content-Type": contentType.replace(/^[^;]+/, (mediaType) => mediaType.toLowerCase()) } }).formData();
};

// node_modules/hono/dist/validator/validator.js
var jsonRegex = /^application\/([\w.-]+\+)?json$/i;
var getMediaType = (contentType) => contentType.split(";")[0].trim().toLowerCase();
var validator = (target, validationFunc) => {
  return async (c, next) => {
    let value = {};
    const contentType = c.req.header("Content-Type");
    const mediaType = contentType ? getMediaType(contentType) : "";
    switch (target) {
      case "json":
        if (!jsonRegex.test(mediaType)) break;
        try {
          value = await c.req.json();
        } catch {
          throw new HTTPException(400, { message: "Malformed JSON in request body" });
        }
        break;
      case "form": {
        if (mediaType !== "multipart/form-data" && mediaType !== "application/x-www-form-urlencoded") break;
        let formData;
        if (c.req.bodyCache.formData) formData = await c.req.bodyCache.formData;
        else try {
          const arrayBuffer = await c.req.arrayBuffer();
          formData = await bufferToFormData(arrayBuffer, contentType);
          c.req.bodyCache.formData = formData;
        } catch (e) {
          let message = "Malformed FormData request.";
          message += e instanceof Error ? ` ${e.message}` : ` ${String(e)}`;
          throw new HTTPException(400, { message });
        }
        const form = /* @__PURE__ */ Object.create(null);
        formData.forEach((value2, key) => {
          if (key.endsWith("[]")) (form[key] ??= []).push(value2);
          else if (Array.isArray(form[key])) form[key].push(value2);
          else if (Object.hasOwn(form, key)) form[key] = [form[key], value2];
          else form[key] = value2;
        });
        value = form;
        break;
      }
      case "query":
        value = Object.fromEntries(Object.entries(c.req.queries()).map(([k, v]) => {
          return v.length === 1 ? [k, v[0]] : [k, v];
        }));
        break;
      case "param":
        value = c.req.param();
        break;
      case "header":
        value = c.req.header();
        break;
      case "cookie":
        value = getCookie(c);
    }
    const res = await validationFunc(value, c);
    if (res instanceof Response) return res;
    c.req.addValidatedData(target, res);
    return await next();
  };
};

// node_modules/@hono/zod-validator/dist/index.mjs
function zValidatorFunction(target, schema, hook, options) {
  const caseInsensitiveKeymap = target === "header" && ("_def" in schema || "_zod" in schema) ? Object.fromEntries(Object.keys("in" in schema ? schema.in.shape : schema.shape).map((key) => [key.toLowerCase(), key])) : void 0;
  return validator(target, async (value, c) => {
    let validatorValue = value;
    if (caseInsensitiveKeymap) validatorValue = Object.fromEntries(Object.entries(value).map(([key, value2]) => [caseInsensitiveKeymap[key] || key, value2]));
    const result = options && options.validationFunction ? await options.validationFunction(schema, validatorValue) : await schema.safeParseAsync(validatorValue);
    if (hook) {
      const hookResult = await hook({
        data: validatorValue,
        ...result,
        target
      }, c);
      if (hookResult) {
        if (hookResult instanceof Response) return hookResult;
        if ("response" in hookResult) return hookResult.response;
      }
    }
    if (!result.success) return c.json(result, 400);
    return result.data;
  });
}
var zValidator = zValidatorFunction;

// node_modules/hono/dist/request/constants.js
var GET_MATCH_RESULT = Symbol();

// node_modules/hono/dist/utils/body.js
var MAX_NESTED_OBJECTS = 1e4;
var isRawRequest = (request) => "headers" in request;
var parseBody = async (request, options = /* @__PURE__ */ Object.create(null)) => {
  const { all = false, dot = false } = options;
  const mediaType = (isRawRequest(request) ? request.headers : request.raw.headers).get("Content-Type")?.split(";")[0].trim().toLowerCase();
  if (mediaType === "multipart/form-data" || mediaType === "application/x-www-form-urlencoded") return parseFormData(request, {
    all,
    dot
  });
  return {};
};
async function parseFormData(request, options) {
  if (!isRawRequest(request) && request.bodyCache.formData) return convertFormDataToBodyData(await request.bodyCache.formData, options);
  const headers = isRawRequest(request) ? request.headers : request.raw.headers;
  const arrayBuffer = await request.arrayBuffer();
  const formDataPromise = bufferToFormData(arrayBuffer, headers.get("Content-Type") || "");
  if (!isRawRequest(request)) request.bodyCache.formData = formDataPromise;
  const formData = await formDataPromise;
  if (formData) return convertFormDataToBodyData(formData, options);
  return {};
}
function convertFormDataToBodyData(formData, options) {
  const form = /* @__PURE__ */ Object.create(null);
  const nestingState = { count: 0 };
  formData.forEach((value, key) => {
    if (!(options.all || key.endsWith("[]"))) form[key] = value;
    else handleParsingAllValues(form, key, value);
  });
  if (options.dot) Object.entries(form).forEach(([key, value]) => {
    if (key.includes(".")) {
      handleParsingNestedValues(form, key, value, nestingState);
      delete form[key];
    }
  });
  return form;
}
var handleParsingAllValues = (form, key, value) => {
  if (form[key] !== void 0) {
    if (Array.isArray(form[key])) form[key].push(value);
    else form[key] = [form[key], value];
  } else if (!key.endsWith("[]")) form[key] = value;
  else form[key] = [value];
};
var handleParsingNestedValues = (form, key, value, state) => {
  if (/(?:^|\.)(?:__proto__|constructor\.prototype)\./.test(key)) return;
  let nestedForm = form;
  const keys = key.split(".", 34);
  if (keys.length > 33) throwNestingLimitExceeded();
  keys.forEach((key2, index) => {
    if (index === keys.length - 1) nestedForm[key2] = value;
    else {
      if (!nestedForm[key2] || typeof nestedForm[key2] !== "object" || Array.isArray(nestedForm[key2]) || nestedForm[key2] instanceof File) {
        if (state.count++ >= MAX_NESTED_OBJECTS) throwNestingLimitExceeded();
        nestedForm[key2] = /* @__PURE__ */ Object.create(null);
      }
      nestedForm = nestedForm[key2];
    }
  });
};
var throwNestingLimitExceeded = () => {
  throw new Error("Nesting limit exceeded");
};

// node_modules/hono/dist/request.js
var HonoRequest = class {
  /**
  * `.raw` can get the raw Request object.
  *
  * @see {@link https://hono.dev/docs/api/request#raw}
  *
  * @example
  * ```ts
  * // For Cloudflare Workers
  * app.post('/', async (c) => {
  *   const metadata = c.req.raw.cf?.hostMetadata?
  *   ...
  * })
  * ```
  */
  raw;
  #validatedData;
  #matchResult;
  routeIndex = 0;
  /**
  * `.path` can get the pathname of the request.
  *
  * @see {@link https://hono.dev/docs/api/request#path}
  *
  * @example
  * ```ts
  * app.get('/about/me', (c) => {
  *   const pathname = c.req.path // `/about/me`
  * })
  * ```
  */
  path;
  bodyCache = {};
  constructor(request, path = "/", matchResult = [[]]) {
    this.raw = request;
    this.path = path;
    this.#matchResult = matchResult;
  }
  param(key) {
    return key ? this.#getDecodedParam(key) : this.#getAllDecodedParams();
  }
  #getDecodedParam(key) {
    const paramKey = this.#matchResult[0][this.routeIndex]?.[1][key];
    const param = this.#getParamValue(paramKey);
    return param && tryDecodeURIComponent(param);
  }
  #getAllDecodedParams() {
    const decoded = {};
    const keys = Object.keys(this.#matchResult[0][this.routeIndex]?.[1] ?? {});
    for (const key of keys) {
      const value = this.#getParamValue(this.#matchResult[0][this.routeIndex][1][key]);
      if (value !== void 0) decoded[key] = tryDecodeURIComponent(value);
    }
    return decoded;
  }
  #getParamValue(paramKey) {
    return this.#matchResult[1] ? this.#matchResult[1][paramKey] : paramKey;
  }
  query(key) {
    return getQueryParam(this.url, key);
  }
  queries(key) {
    return getQueryParams(this.url, key);
  }
  header(name) {
    if (name) return this.raw.headers.get(name) ?? void 0;
    const headerData = /* @__PURE__ */ Object.create(null);
    this.raw.headers.forEach((value, key) => {
      headerData[key] = value;
    });
    return headerData;
  }
  async parseBody(options) {
    return parseBody(this, options);
  }
  #cachedBody = (key) => {
    const { bodyCache, raw } = this;
    const cachedBody = bodyCache[key];
    if (cachedBody) return cachedBody;
    for (const anyCachedKey in bodyCache) return bodyCache[anyCachedKey].then((body) => {
      if (anyCachedKey === "json") body = JSON.stringify(body);
      const contentType = anyCachedKey === "formData" ? void 0 : raw.headers.get("content-type");
      return new Response(body, { headers: contentType ? { "Content-Type": contentType } : void 0 })[key]();
    });
    return bodyCache[key] = raw[key]();
  };
  /**
  * `.json()` can parse Request body of type `application/json`
  *
  * @see {@link https://hono.dev/docs/api/request#json}
  *
  * @example
  * ```ts
  * app.post('/entry', async (c) => {
  *   const body = await c.req.json()
  * })
  * ```
  */
  json() {
    return this.#cachedBody("text").then((text) => JSON.parse(text));
  }
  /**
  * `.text()` can parse Request body of type `text/plain`
  *
  * @see {@link https://hono.dev/docs/api/request#text}
  *
  * @example
  * ```ts
  * app.post('/entry', async (c) => {
  *   const body = await c.req.text()
  * })
  * ```
  */
  text() {
    return this.#cachedBody("text");
  }
  /**
  * `.arrayBuffer()` parse Request body as an `ArrayBuffer`
  *
  * @see {@link https://hono.dev/docs/api/request#arraybuffer}
  *
  * @example
  * ```ts
  * app.post('/entry', async (c) => {
  *   const body = await c.req.arrayBuffer()
  * })
  * ```
  */
  arrayBuffer() {
    return this.#cachedBody("arrayBuffer");
  }
  /**
  * `.bytes()` parses the request body as a `Uint8Array`.
  *
  * @see {@link https://hono.dev/docs/api/request#bytes}
  *
  * @example
  * ```ts
  * app.post('/entry', async (c) => {
  *   const body = await c.req.bytes()
  * })
  * ```
  */
  bytes() {
    return this.#cachedBody("arrayBuffer").then((buffer) => new Uint8Array(buffer));
  }
  /**
  * Parses the request body as a `Blob`.
  * @example
  * ```ts
  * app.post('/entry', async (c) => {
  *   const body = await c.req.blob();
  * });
  * ```
  * @see https://hono.dev/docs/api/request#blob
  */
  blob() {
    return this.#cachedBody("blob");
  }
  /**
  * Parses the request body as `FormData`.
  * @example
  * ```ts
  * app.post('/entry', async (c) => {
  *   const body = await c.req.formData();
  * });
  * ```
  * @see https://hono.dev/docs/api/request#formdata
  */
  formData() {
    return this.#cachedBody("formData");
  }
  /**
  * Adds validated data to the request.
  *
  * @param target - The target of the validation.
  * @param data - The validated data to add.
  */
  addValidatedData(target, data) {
    (this.#validatedData ??= {})[target] = data;
  }
  valid(target) {
    return this.#validatedData?.[target];
  }
  /**
  * `.url` can get the request url strings.
  *
  * @see {@link https://hono.dev/docs/api/request#url}
  *
  * @example
  * ```ts
  * app.get('/about/me', (c) => {
  *   const url = c.req.url // `http://localhost:8787/about/me`
  *   ...
  * })
  * ```
  */
  get url() {
    return this.raw.url;
  }
  /**
  * `.method` can get the method name of the request.
  *
  * @see {@link https://hono.dev/docs/api/request#method}
  *
  * @example
  * ```ts
  * app.get('/about/me', (c) => {
  *   const method = c.req.method // `GET`
  * })
  * ```
  */
  get method() {
    return this.raw.method;
  }
  get [GET_MATCH_RESULT]() {
    return this.#matchResult;
  }
  /**
  * `.matchedRoutes` can return a matched route in the handler
  *
  * @deprecated
  *
  * Use matchedRoutes helper defined in "hono/route" instead.
  *
  * @see {@link https://hono.dev/docs/api/request#matchedroutes}
  *
  * @example
  * ```ts
  * app.use('*', async function logger(c, next) {
  *   await next()
  *   c.req.matchedRoutes.forEach(({ handler, method, path }, i) => {
  *     const name = handler.name || (handler.length < 2 ? '[handler]' : '[middleware]')
  *     console.log(
  *       method,
  *       ' ',
  *       path,
  *       ' '.repeat(Math.max(10 - path.length, 0)),
  *       name,
  *       i === c.req.routeIndex ? '<- respond from here' : ''
  *     )
  *   })
  * })
  * ```
  */
  get matchedRoutes() {
    return this.#matchResult[0].map(([[, route]]) => route);
  }
  /**
  * `.routePath` can retrieve the path registered within the handler
  *
  * @deprecated
  *
  * Use routePath helper defined in "hono/route" instead.
  *
  * @see {@link https://hono.dev/docs/api/request#routepath}
  *
  * @example
  * ```ts
  * app.get('/posts/:id', (c) => {
  *   return c.json({ path: c.req.routePath })
  * })
  * ```
  */
  get routePath() {
    return this.#matchResult[0].map(([[, route]]) => route)[this.routeIndex].path;
  }
};

// node_modules/hono/dist/context.js
var TEXT_PLAIN = "text/plain; charset=UTF-8";
var setDefaultContentType = (contentType, headers) => {
  return {
    "Content-Type": contentType,
    ...headers
  };
};
var createResponseInstance = (body, init) => new Response(body, init);
var Context = class {
  #rawRequest;
  #req;
  /**
  * `.env` can get bindings (environment variables, secrets, KV namespaces, D1 database, R2 bucket etc.) in Cloudflare Workers.
  *
  * @see {@link https://hono.dev/docs/api/context#env}
  *
  * @example
  * ```ts
  * // Environment object for Cloudflare Workers
  * app.get('*', async c => {
  *   const counter = c.env.COUNTER
  * })
  * ```
  */
  env = {};
  #var;
  finalized = false;
  /**
  * `.error` can get the error object from the middleware if the Handler throws an error.
  *
  * @see {@link https://hono.dev/docs/api/context#error}
  *
  * @example
  * ```ts
  * app.use('*', async (c, next) => {
  *   await next()
  *   if (c.error) {
  *     // do something...
  *   }
  * })
  * ```
  */
  error;
  #status;
  #executionCtx;
  #res;
  #layout;
  #renderer;
  #notFoundHandler;
  #preparedHeaders;
  #matchResult;
  #path;
  /**
  * Creates an instance of the Context class.
  *
  * @param req - The Request object.
  * @param options - Optional configuration options for the context.
  */
  constructor(req, options) {
    this.#rawRequest = req;
    if (options) {
      this.#executionCtx = options.executionCtx;
      this.env = options.env;
      this.#notFoundHandler = options.notFoundHandler;
      this.#path = options.path;
      this.#matchResult = options.matchResult;
    }
  }
  /**
  * `.req` is the instance of {@link HonoRequest}.
  */
  get req() {
    this.#req ??= new HonoRequest(this.#rawRequest, this.#path, this.#matchResult);
    return this.#req;
  }
  /**
  * @see {@link https://hono.dev/docs/api/context#event}
  * The FetchEvent associated with the current request.
  *
  * @throws Will throw an error if the context does not have a FetchEvent.
  */
  get event() {
    if (this.#executionCtx && "respondWith" in this.#executionCtx) return this.#executionCtx;
    else throw Error("This context has no FetchEvent");
  }
  /**
  * @see {@link https://hono.dev/docs/api/context#executionctx}
  * The ExecutionContext associated with the current request.
  *
  * @throws Will throw an error if the context does not have an ExecutionContext.
  */
  get executionCtx() {
    if (this.#executionCtx) return this.#executionCtx;
    else throw Error("This context has no ExecutionContext");
  }
  /**
  * @see {@link https://hono.dev/docs/api/context#res}
  * The Response object for the current request.
  */
  get res() {
    return this.#res ||= createResponseInstance(null, { headers: this.#preparedHeaders ??= new Headers() });
  }
  /**
  * Sets the Response object for the current request.
  *
  * @param _res - The Response object to set.
  */
  set res(_res) {
    if (this.#res && _res) {
      _res = createResponseInstance(_res.body, _res);
      for (const [k, v] of this.#res.headers.entries()) {
        if (k === "content-type") continue;
        if (k === "set-cookie") {
          const cookies = this.#res.headers.getSetCookie();
          _res.headers.delete("set-cookie");
          for (const cookie of cookies) _res.headers.append("set-cookie", cookie);
        } else _res.headers.set(k, v);
      }
    }
    this.#res = _res;
    this.finalized = true;
  }
  /**
  * `.render()` can create a response within a layout.
  *
  * @see {@link https://hono.dev/docs/api/context#render-setrenderer}
  *
  * @example
  * ```ts
  * app.get('/', (c) => {
  *   return c.render('Hello!')
  * })
  * ```
  */
  render = (...args) => {
    this.#renderer ??= (content) => this.html(content);
    return this.#renderer(...args);
  };
  /**
  * Sets the layout for the response.
  *
  * @param layout - The layout to set.
  * @returns The layout function.
  */
  setLayout = (layout) => this.#layout = layout;
  /**
  * Gets the current layout for the response.
  *
  * @returns The current layout function.
  */
  getLayout = () => this.#layout;
  /**
  * `.setRenderer()` can set the layout in the custom middleware.
  *
  * @see {@link https://hono.dev/docs/api/context#render-setrenderer}
  *
  * @example
  * ```tsx
  * app.use('*', async (c, next) => {
  *   c.setRenderer((content) => {
  *     return c.html(
  *       <html>
  *         <body>
  *           <p>{content}</p>
  *         </body>
  *       </html>
  *     )
  *   })
  *   await next()
  * })
  * ```
  */
  setRenderer = (renderer) => {
    this.#renderer = renderer;
  };
  /**
  * `.header()` can set headers.
  *
  * @see {@link https://hono.dev/docs/api/context#header}
  *
  * @example
  * ```ts
  * app.get('/welcome', (c) => {
  *   // Set headers
  *   c.header('X-Message', 'Hello!')
  *   c.header('Content-Type', 'text/plain')
  *
  *   // Append multiple headers using the append option (e.g. Vary)
  *   c.header('Vary', 'Accept-Encoding', { append: true })
  *   c.header('Vary', 'User-Agent', { append: true })
  *
  *   return c.body('Thank you for coming')
  * })
  * ```
  */
  header = (name, value, options) => {
    if (this.finalized && !this.#res.bodyUsed) this.#res = createResponseInstance(this.#res.body, this.#res);
    const headers = this.#res ? this.#res.headers : this.#preparedHeaders ??= new Headers();
    if (value === void 0) headers.delete(name);
    else if (options?.append) headers.append(name, value);
    else headers.set(name, value);
  };
  status = (status2) => {
    this.#status = status2;
  };
  /**
  * `.set()` can set the value specified by the key.
  *
  * @see {@link https://hono.dev/docs/api/context#set-get}
  *
  * @example
  * ```ts
  * app.use('*', async (c, next) => {
  *   c.set('message', 'Hono is hot!!')
  *   await next()
  * })
  * ```
  */
  set = (key, value) => {
    this.#var ??= /* @__PURE__ */ new Map();
    this.#var.set(key, value);
  };
  /**
  * `.get()` can use the value specified by the key.
  *
  * @see {@link https://hono.dev/docs/api/context#set-get}
  *
  * @example
  * ```ts
  * app.get('/', (c) => {
  *   const message = c.get('message')
  *   return c.text(`The message is "${message}"`)
  * })
  * ```
  */
  get = (key) => {
    return this.#var ? this.#var.get(key) : void 0;
  };
  /**
  * `.var` can access the value of a variable.
  *
  * @see {@link https://hono.dev/docs/api/context#var}
  *
  * @example
  * ```ts
  * const result = c.var.client.oneMethod()
  * ```
  */
  get var() {
    if (!this.#var) return {};
    return Object.fromEntries(this.#var);
  }
  #newResponse(data, arg, headers) {
    let responseHeaders = this.#res ? new Headers(this.#res.headers) : this.#preparedHeaders;
    if (typeof arg === "object" && arg.headers) {
      responseHeaders ??= new Headers();
      for (const [key, value] of new Headers(arg.headers)) if (key === "set-cookie") responseHeaders.append(key, value);
      else responseHeaders.set(key, value);
    }
    if (headers) {
      if (!responseHeaders) {
        let count = 0;
        for (const k in headers) if (++count > 1 || typeof headers[k] !== "string") {
          responseHeaders = new Headers();
          break;
        }
      }
      if (responseHeaders) for (const k in headers) {
        const v = headers[k];
        if (typeof v === "string") responseHeaders.set(k, v);
        else {
          responseHeaders.delete(k);
          for (const v2 of v) responseHeaders.append(k, v2);
        }
      }
    }
    const status2 = typeof arg === "number" ? arg : arg?.status ?? this.#status;
    return createResponseInstance(data, {
      status: status2,
      headers: responseHeaders ?? headers
    });
  }
  newResponse = (...args) => this.#newResponse(...args);
  /**
  * `.body()` can return the HTTP response.
  * You can set headers with `.header()` and set HTTP status code with `.status`.
  * This can also be set in `.text()`, `.json()` and so on.
  *
  * @see {@link https://hono.dev/docs/api/context#body}
  *
  * @example
  * ```ts
  * app.get('/welcome', (c) => {
  *   // Set headers
  *   c.header('X-Message', 'Hello!')
  *   c.header('Content-Type', 'text/plain')
  *   // Set HTTP status code
  *   c.status(201)
  *
  *   // Return the response body
  *   return c.body('Thank you for coming')
  * })
  * ```
  */
  body = (data, arg, headers) => this.#newResponse(data, arg, headers);
  /**
  * `.text()` can render text as `Content-Type:text/plain`.
  *
  * @see {@link https://hono.dev/docs/api/context#text}
  *
  * @example
  * ```ts
  * app.get('/say', (c) => {
  *   return c.text('Hello!')
  * })
  * ```
  */
  text = (text, arg, headers) => {
    return !this.#preparedHeaders && !this.#status && !arg && !headers && !this.finalized ? new Response(text) : this.#newResponse(text, arg, setDefaultContentType(TEXT_PLAIN, headers));
  };
  /**
  * `.json()` can render JSON as `Content-Type:application/json`.
  *
  * @see {@link https://hono.dev/docs/api/context#json}
  *
  * @example
  * ```ts
  * app.get('/api', (c) => {
  *   return c.json({ message: 'Hello!' })
  * })
  * ```
  */
  json = (object, arg, headers) => {
    return this.#newResponse(JSON.stringify(object), arg, setDefaultContentType("application/json", headers));
  };
  html = (html, arg, headers) => {
    const res = (html2) => this.#newResponse(html2, arg, setDefaultContentType("text/html; charset=UTF-8", headers));
    return typeof html === "object" ? resolveCallback(html, HtmlEscapedCallbackPhase.Stringify, false, {}).then(res) : res(html);
  };
  /**
  * `.redirect()` can Redirect, default status code is 302.
  *
  * @see {@link https://hono.dev/docs/api/context#redirect}
  *
  * @example
  * ```ts
  * app.get('/redirect', (c) => {
  *   return c.redirect('/')
  * })
  * app.get('/redirect-permanently', (c) => {
  *   return c.redirect('/', 301)
  * })
  * ```
  */
  redirect = (location, status2) => {
    const locationString = String(location);
    this.header("Location", !/[^\x00-\xFF]/.test(locationString) ? locationString : encodeURI(locationString));
    return this.newResponse(null, status2 ?? 302);
  };
  /**
  * `.notFound()` can return the Not Found Response.
  *
  * @see {@link https://hono.dev/docs/api/context#notfound}
  *
  * @example
  * ```ts
  * app.get('/notfound', (c) => {
  *   return c.notFound()
  * })
  * ```
  */
  notFound = () => {
    this.#notFoundHandler ??= () => createResponseInstance();
    return this.#notFoundHandler(this);
  };
};

// node_modules/hono/dist/compose.js
var compose = (middleware, onError, onNotFound) => {
  return (context, next) => {
    let index = -1;
    return dispatch(0);
    async function dispatch(i) {
      if (i <= index) throw new Error("next() called multiple times");
      index = i;
      let res;
      let isError = false;
      let handler;
      if (middleware[i]) {
        handler = middleware[i][0][0];
        context.req.routeIndex = i;
      } else handler = i === middleware.length && next || void 0;
      if (handler) try {
        res = await handler(context, () => dispatch(i + 1));
      } catch (err) {
        if (err instanceof Error && onError) {
          context.error = err;
          res = await onError(err, context);
          isError = true;
        } else throw err;
      }
      else if (context.finalized === false && onNotFound) res = await onNotFound(context);
      if (res && (context.finalized === false || isError)) context.res = res;
      return context;
    }
  };
};

// node_modules/hono/dist/helper/route/index.js
var matchedRoutes = (c) => c.req[GET_MATCH_RESULT][0].map(([[, route]]) => route);
var routePath = (c, index) => matchedRoutes(c).at(index ?? c.req.routeIndex)?.path ?? "";

// node_modules/hono/dist/router.js
var METHODS = [
  "get",
  "post",
  "put",
  "delete",
  "options",
  "patch",
  "query"
];
var MESSAGE_MATCHER_IS_ALREADY_BUILT = "Can not add a route since the matcher is already built.";
var UnsupportedPathError = class extends Error {
};

// node_modules/hono/dist/utils/constants.js
var COMPOSED_HANDLER = "__COMPOSED_HANDLER";

// node_modules/hono/dist/utils/mount.js
var countTrailingSlashes = (path) => {
  let index = path.length;
  while (index > 0 && path.charCodeAt(index - 1) === 47) index--;
  return path.length - index;
};
var getPathPrefixLength = (c, pathPrefix, routePath2) => {
  if (!/[:*]/.test(pathPrefix)) return pathPrefix.length;
  const path = c.req.path;
  const matchResult = c.req[GET_MATCH_RESULT];
  const paramNames = /* @__PURE__ */ new Set();
  let length = 0;
  for (const part of splitRoutingPath(pathPrefix)) {
    if (part[0] === ":" && part.endsWith("}?")) throw new Error(`mount(): Optional regular expression parameters are not supported in "${routePath2}".`);
    const pattern = getPattern(part);
    if (pattern && pattern !== "*") {
      const name = pattern[1];
      if (paramNames.has(name)) throw new Error(`mount(): Duplicate path parameter "${name}" in "${routePath2}".`);
      paramNames.add(name);
    }
    if (pattern && pattern !== "*" && pattern[2] !== true) {
      const value = matchResult.length === 2 ? matchResult[1][matchResult[0][c.req.routeIndex][1][pattern[1]]] : matchResult[0][c.req.routeIndex][1][pattern[1]];
      length += value.length + 1;
    } else if (pattern || part.endsWith("*")) {
      const end = path.indexOf("/", length + 1);
      length = end === -1 ? path.length : end;
    } else length += part.length + 1;
  }
  return length;
};
var createMountedRequest = (c, pathPrefix, routePath2) => {
  if (/[^/]\*$/.test(routePath2)) throw new Error(`mount(): Wildcard must follow "/" in "${routePath2}".`);
  const prefixLength = getPathPrefixLength(c, pathPrefix, routePath2);
  const path = c.req.path.slice(prefixLength) || "/";
  if (prefixLength > c.req.path.length || path[0] !== "/" || /\/(?:\.|%2e){1,2}(?:\/|$)/i.test(path)) throw new HTTPException(400, { message: "Invalid mounted path" });
  const rawUrl = c.req.raw.url;
  if (/^[^/?#]*\/\/[^/?#\\]*[?#\\]/.test(rawUrl)) throw new HTTPException(400, { message: "Invalid mounted path" });
  const rawPathEnd = rawUrl.search(/[?#]/);
  const rawTrailingSlashes = countTrailingSlashes(rawPathEnd === -1 ? rawUrl : rawUrl.slice(0, rawPathEnd));
  if (rawTrailingSlashes > 1 && countTrailingSlashes(c.req.path) === rawTrailingSlashes - 1) throw new HTTPException(400, { message: "Invalid mounted path" });
  const url = new URL(rawUrl);
  url.pathname = path.replace(/[\\\t\n\r]/g, encodeURIComponent);
  if (path.includes("%")) {
    let decoded;
    try {
      decoded = decodeURI(path);
    } catch {
    }
    if (decoded === void 0) {
      if (tryDecode(url.pathname, (value) => decodeURI(value.replace(/%25/g, "%2525"))) !== path) throw new HTTPException(400, { message: "Invalid mounted path" });
    }
  }
  return new Request(url, c.req.raw);
};

// node_modules/hono/dist/hono-base.js
var notFoundHandler = (c) => {
  return c.text("404 Not Found", 404);
};
var errorHandler = (err, c) => {
  if ("getResponse" in err) {
    const res = err.getResponse();
    return c.newResponse(res.body, res);
  }
  console.error(err);
  return c.text("Internal Server Error", 500);
};
var Hono = class Hono2 {
  get;
  post;
  put;
  delete;
  options;
  patch;
  query;
  all;
  on;
  use;
  router;
  getPath;
  _basePath = "/";
  #path = "/";
  routes = [];
  constructor(options = {}) {
    [...METHODS, "all"].forEach((method) => {
      this[method] = (args1, ...args) => {
        const methodName = method.toUpperCase();
        if (typeof args1 === "string") this.#path = args1;
        else this.#addRoute(methodName, this.#path, args1);
        args.forEach((handler) => {
          this.#addRoute(methodName, this.#path, handler);
        });
        return this;
      };
    });
    this.on = (method, path, ...handlers) => {
      for (const p of [path].flat()) {
        this.#path = p;
        for (const m of [method].flat()) {
          const methodName = m.toUpperCase();
          for (const handler of handlers) this.#addRoute(methodName, this.#path, handler);
        }
      }
      return this;
    };
    this.use = (arg1, ...handlers) => {
      if (typeof arg1 === "string") this.#path = arg1;
      else {
        this.#path = "*";
        handlers.unshift(arg1);
      }
      handlers.forEach((handler) => {
        this.#addRoute("ALL", this.#path, handler);
      });
      return this;
    };
    const { strict, ...optionsWithoutStrict } = options;
    Object.assign(this, optionsWithoutStrict);
    this.getPath = strict ?? true ? options.getPath ?? getPath : getPathNoStrict;
  }
  #clone() {
    const clone = new Hono2({
      router: this.router,
      getPath: this.getPath
    });
    clone.errorHandler = this.errorHandler;
    clone.#notFoundHandler = this.#notFoundHandler;
    clone.routes = this.routes;
    return clone;
  }
  #notFoundHandler = notFoundHandler;
  errorHandler = errorHandler;
  /**
  * `.route()` allows grouping other Hono instance in routes.
  *
  * @see {@link https://hono.dev/docs/api/routing#grouping}
  *
  * @param {string} path - base Path
  * @param {Hono} app - other Hono instance
  * @returns {Hono} routed Hono instance
  *
  * @example
  * ```ts
  * const app = new Hono()
  * const app2 = new Hono()
  *
  * app2.get("/user", (c) => c.text("user"))
  * app.route("/api", app2) // GET /api/user
  * ```
  */
  route(path, app) {
    const subApp = this.basePath(path);
    app.routes.map((r) => {
      let handler;
      if (app.errorHandler === errorHandler) handler = r.handler;
      else {
        handler = async (c, next) => (await compose([], app.errorHandler)(c, () => r.handler(c, next))).res;
        handler[COMPOSED_HANDLER] = r.handler;
      }
      subApp.#addRoute(r.method, r.path, handler, r.basePath);
    });
    return this;
  }
  /**
  * `.basePath()` allows base paths to be specified.
  *
  * @see {@link https://hono.dev/docs/api/routing#base-path}
  *
  * @param {string} path - base Path
  * @returns {Hono} changed Hono instance
  *
  * @example
  * ```ts
  * const api = new Hono().basePath('/api')
  * ```
  */
  basePath(path) {
    const subApp = this.#clone();
    subApp._basePath = mergePath(this._basePath, path);
    return subApp;
  }
  /**
  * `.onError()` handles an error and returns a customized Response.
  *
  * @see {@link https://hono.dev/docs/api/hono#error-handling}
  *
  * @param {ErrorHandler} handler - request Handler for error
  * @returns {Hono} changed Hono instance
  *
  * @example
  * ```ts
  * app.onError((err, c) => {
  *   console.error(`${err}`)
  *   return c.text('Custom Error Message', 500)
  * })
  * ```
  */
  onError = (handler) => {
    this.errorHandler = handler;
    return this;
  };
  /**
  * `.notFound()` allows you to customize a Not Found Response.
  *
  * @see {@link https://hono.dev/docs/api/hono#not-found}
  *
  * @param {NotFoundHandler} handler - request handler for not-found
  * @returns {Hono} changed Hono instance
  *
  * @example
  * ```ts
  * app.notFound((c) => {
  *   return c.text('Custom 404 Message', 404)
  * })
  * ```
  */
  notFound = (handler) => {
    this.#notFoundHandler = handler;
    return this;
  };
  /**
  * `.mount()` allows you to mount applications built with other frameworks into your Hono application.
  *
  * @deprecated Use `mount()` from `hono/mount` instead. `.mount()` will be removed in v5.
  *
  * @see {@link https://hono.dev/docs/api/hono#mount}
  *
  * @param {string} path - base Path
  * @param {Function} applicationHandler - other Request Handler
  * @param {MountOptions} [options] - options of `.mount()`
  * @returns {Hono} mounted Hono instance
  * @throws {Error} If automatic request rewriting encounters duplicate path parameter names or an optional regular expression parameter.
  * @throws {HTTPException} With status 400 if automatic request rewriting cannot safely preserve the routed path.
  *
  * @example
  * ```ts
  * import { Router as IttyRouter } from 'itty-router'
  * import { Hono } from 'hono'
  * // Create itty-router application
  * const ittyRouter = IttyRouter()
  * // GET /itty-router/hello
  * ittyRouter.get('/hello', () => new Response('Hello from itty-router'))
  *
  * const app = new Hono()
  * app.mount('/itty-router', ittyRouter.handle)
  * ```
  *
  * @example
  * ```ts
  * const app = new Hono()
  * // Send the request to another application without modification.
  * app.mount('/app', anotherApp, {
  *   replaceRequest: (req) => req,
  * })
  * ```
  */
  mount(path, applicationHandler, options) {
    let replaceRequest;
    let optionHandler;
    if (options) {
      if (typeof options === "function") optionHandler = options;
      else {
        optionHandler = options.optionHandler;
        if (options.replaceRequest === false) replaceRequest = (request) => request;
        else replaceRequest = options.replaceRequest;
      }
    }
    const getOptions = optionHandler ? (c) => {
      const options2 = optionHandler(c);
      return Array.isArray(options2) ? options2 : [options2];
    } : (c) => {
      let executionContext = void 0;
      try {
        executionContext = c.executionCtx;
      } catch {
      }
      return [c.env, executionContext];
    };
    const defaultReplaceRequest = (c) => {
      const mountedRoutePath = routePath(c);
      return createMountedRequest(c, mountedRoutePath.replace(/\/?\*$/, ""), mountedRoutePath);
    };
    const handler = async (c, next) => {
      const res = await applicationHandler(replaceRequest ? replaceRequest(c.req.raw) : defaultReplaceRequest(c), ...getOptions(c));
      if (res) return res;
      await next();
    };
    this.#addRoute("ALL", mergePath(path, "*"), handler);
    return this;
  }
  #addRoute(method, path, handler, baseRoutePath) {
    path = mergePath(this._basePath, path);
    const r = {
      basePath: baseRoutePath !== void 0 ? mergePath(this._basePath, baseRoutePath) : this._basePath,
      path,
      method,
      handler
    };
    this.router.add(method, path, [handler, r]);
    this.routes.push(r);
  }
  #handleError(err, c) {
    if (err instanceof Error) return this.errorHandler(err, c);
    throw err;
  }
  #dispatch(request, executionCtx, env, method) {
    if (method === "HEAD") return (async () => new Response(null, await this.#dispatch(request, executionCtx, env, "GET")))();
    const path = this.getPath(request, { env });
    const matchResult = this.router.match(method, path);
    const c = new Context(request, {
      path,
      matchResult,
      env,
      executionCtx,
      notFoundHandler: this.#notFoundHandler
    });
    if (matchResult[0].length === 1) {
      let res;
      try {
        res = matchResult[0][0][0][0](c, async () => {
          c.res = await this.#notFoundHandler(c);
        });
      } catch (err) {
        return this.#handleError(err, c);
      }
      return res instanceof Promise ? res.then((resolved) => resolved || (c.finalized ? c.res : this.#notFoundHandler(c))).catch((err) => this.#handleError(err, c)) : res ?? this.#notFoundHandler(c);
    }
    const composed = compose(matchResult[0], this.errorHandler, this.#notFoundHandler);
    return (async () => {
      try {
        const context = await composed(c);
        if (!context.finalized) throw new Error("Context is not finalized. Did you forget to return a Response object or `await next()`?");
        return context.res;
      } catch (err) {
        return this.#handleError(err, c);
      }
    })();
  }
  /**
  * `.fetch()` will be entry point of your app.
  *
  * @see {@link https://hono.dev/docs/api/hono#fetch}
  *
  * @param {Request} request - request Object of request
  * @param {Env} env - env Object
  * @param {ExecutionContext} executionCtx - context of execution
  * @returns {Response | Promise<Response>} response of request
  *
  */
  fetch = (request, ...rest) => {
    return this.#dispatch(request, rest[1], rest[0], request.method);
  };
  /**
  * `.request()` is a useful method for testing.
  * You can pass a URL or pathname to send a GET request.
  * app will return a Response object.
  * ```ts
  * test('GET /hello is ok', async () => {
  *   const res = await app.request('/hello')
  *   expect(res.status).toBe(200)
  * })
  * ```
  * @see https://hono.dev/docs/api/hono#request
  */
  request = (input, requestInit, Env, executionCtx) => {
    if (input instanceof Request) return this.fetch(requestInit ? new Request(input, requestInit) : input, Env, executionCtx);
    input = input.toString();
    return this.fetch(new Request(/^https?:\/\//.test(input) ? input : `http://localhost${mergePath("/", input)}`, requestInit), Env, executionCtx);
  };
  /**
  * `.fire()` automatically adds a global fetch event listener.
  * This can be useful for environments that adhere to the Service Worker API, such as non-ES module Cloudflare Workers.
  * @deprecated
  * Use `fire` from `hono/service-worker` instead.
  * ```ts
  * import { Hono } from 'hono'
  * import { fire } from 'hono/service-worker'
  *
  * const app = new Hono()
  * // ...
  * fire(app)
  * ```
  * @see https://hono.dev/docs/api/hono#fire
  * @see https://developer.mozilla.org/en-US/docs/Web/API/Service_Worker_API
  * @see https://developers.cloudflare.com/workers/reference/migrate-to-module-workers/
  */
  fire = () => {
    addEventListener("fetch", (event) => {
      event.respondWith(this.#dispatch(event.request, event, void 0, event.request.method));
    });
  };
};

// node_modules/hono/dist/router/utils.js
var createNullObject = () => /* @__PURE__ */ Object.create(null);

// node_modules/hono/dist/router/reg-exp-router/matcher.js
var emptyParam = [];
function match(method, path) {
  const matchers = this.buildAllMatchers();
  const match2 = ((method2, path2) => {
    const matcher = matchers[method2] || matchers["ALL"];
    const staticMatch = matcher[2][path2];
    if (staticMatch) return staticMatch;
    const match3 = path2.match(matcher[0]);
    if (!match3) return [[], emptyParam];
    const index = match3.indexOf("", 1);
    return [matcher[1][index], match3];
  });
  this.match = match2;
  return match2(method, path);
}

// node_modules/hono/dist/router/reg-exp-router/node.js
var LABEL_REG_EXP_STR = "[^/]+";
var ONLY_WILDCARD_REG_EXP_STR = "[^]*";
var TAIL_WILDCARD_REG_EXP_STR = "(?:|/[^]*)";
var PATH_ERROR = Symbol();
var regExpMetaChars = /* @__PURE__ */ new Set(".\\+*[^]$()");
function compareKey(a, b) {
  if (a.length === 1) return b.length === 1 ? a < b ? -1 : 1 : -1;
  if (b.length === 1) return 1;
  if (a === "[^]*" || a === "(?:|/[^]*)") return b === "[^]*" ? -1 : 1;
  else if (b === "[^]*" || b === "(?:|/[^]*)") return -1;
  if (a === "[^/]+") return 1;
  else if (b === "[^/]+") return -1;
  return a.length === b.length ? a < b ? -1 : 1 : b.length - a.length;
}
var Node = class Node2 {
  #index;
  #varIndex;
  #children = createNullObject();
  insert(tokens, index, paramMap, context, keys) {
    let node = this;
    for (let i = 0, len = tokens.length; i < len; i++) {
      const token = tokens[i];
      const pattern = token.length === 1 ? token === "*" ? i === len - 1 ? [
        "",
        "",
        ONLY_WILDCARD_REG_EXP_STR
      ] : [
        "",
        "",
        LABEL_REG_EXP_STR
      ] : null : token === "/*" ? [
        "",
        "",
        TAIL_WILDCARD_REG_EXP_STR
      ] : token.match(/^\:([^\{\}]+)(?:\{(.+)\})?$/);
      let nextNode;
      if (pattern) {
        const name = pattern[1];
        let regexpStr = pattern[2] || "[^/]+";
        if (name && pattern[2]) {
          if (new RegExp(regexpStr).test("")) throw PATH_ERROR;
          regexpStr = regexpStr.replace(/^\((?!\?:)(?=[^)]+\)$)/, "(?:");
          if (/\((?!\?:)/.test(regexpStr)) throw PATH_ERROR;
          if (regexpStr.length === 1 && regExpMetaChars.has(regexpStr)) throw PATH_ERROR;
        }
        keys.push(regexpStr);
        nextNode = node.#children[regexpStr];
        if (!nextNode) {
          if (regexpStr !== "[^]*" && regexpStr !== "(?:|/[^]*)") {
            for (const k in node.#children) if ((regexpStr.length > 1 || k.length > 1) && k !== "[^]*" && k !== "(?:|/[^]*)") throw PATH_ERROR;
          }
          nextNode = node.#children[regexpStr] = new Node2();
        }
        if (name !== "") {
          nextNode.#varIndex ??= context.varIndex++;
          paramMap.push([name, nextNode.#varIndex]);
        }
      } else {
        keys.push(token);
        nextNode = node.#children[token];
        if (!nextNode) {
          for (const k in node.#children) if (k.length > 1 && k !== "[^]*" && k !== "(?:|/[^]*)") throw PATH_ERROR;
          nextNode = node.#children[token] = new Node2();
        }
      }
      node = nextNode;
    }
    if (node.#index !== void 0) throw PATH_ERROR;
    node.#index = index;
  }
  buildRegExpStr() {
    const strList = Object.keys(this.#children).sort(compareKey).map((k) => {
      const c = this.#children[k];
      const childStr = c.buildRegExpStr();
      return childStr === "" ? "" : (typeof c.#varIndex === "number" ? `(${k})@${c.#varIndex}` : regExpMetaChars.has(k) ? `\\${k}` : k) + childStr;
    }).filter(Boolean);
    if (typeof this.#index === "number" && this.#index !== -1) strList.unshift(`#${this.#index}`);
    if (strList.length === 0) return "";
    if (strList.length === 1) return strList[0];
    return "(?:" + strList.join("|") + ")";
  }
};

// node_modules/hono/dist/router/reg-exp-router/trie.js
var Trie = class {
  #context = { varIndex: 0 };
  #root = new Node();
  #index = 0;
  paths = createNullObject();
  insert(path, isStatic) {
    const keys = [];
    if (isStatic) {
      this.#root.insert(path.split(""), -1, [], this.#context, keys);
      this.paths[path] = [
        -1,
        [],
        keys
      ];
      return;
    }
    const paramAssoc = [];
    const groups = [];
    let markedPath = path;
    for (let i = 0; ; ) {
      let replaced = false;
      markedPath = markedPath.replace(/\{(?:\{[\d,]+\}|[^}])+\}/g, (m) => {
        const mark = `@\\${i}`;
        groups[i] = [mark, m];
        i++;
        replaced = true;
        return mark;
      });
      if (!replaced) break;
    }
    const tokens = markedPath.match(/(?::[^\/]+)|(?:\/\*$)|./gs) || [];
    for (let i = groups.length - 1; i >= 0; i--) {
      const [mark] = groups[i];
      for (let j = tokens.length - 1; j >= 0; j--) if (tokens[j].indexOf(mark) !== -1) {
        tokens[j] = tokens[j].replace(mark, groups[i][1]);
        break;
      }
    }
    this.#root.insert(tokens, this.#index, paramAssoc, this.#context, keys);
    this.paths[path] = [
      this.#index++,
      paramAssoc,
      keys
    ];
  }
  buildRegExp() {
    let regexp = this.#root.buildRegExpStr();
    if (regexp === "") return [
      /^$/,
      [],
      []
    ];
    let captureIndex = 0;
    const indexReplacementMap = [];
    const paramReplacementMap = [];
    regexp = regexp.replace(/#(\d+)|@(\d+)|\.\*\$/g, (_, handlerIndex, paramIndex) => {
      if (handlerIndex !== void 0) {
        indexReplacementMap[++captureIndex] = Number(handlerIndex);
        return "$()";
      }
      if (paramIndex !== void 0) {
        paramReplacementMap[Number(paramIndex)] = ++captureIndex;
        return "";
      }
      return "";
    });
    return [
      new RegExp(`^${regexp}`),
      indexReplacementMap,
      paramReplacementMap
    ];
  }
};

// node_modules/hono/dist/router/reg-exp-router/router.js
function endsWithWildcard(keys) {
  const tail = keys[keys.length - 1];
  return tail === "[^]*" || tail === "(?:|/[^]*)";
}
function covers(wildcard, target) {
  const last = wildcard.length - 1;
  for (let i = 0; i < last; i++) if (wildcard[i] !== target[i]) return false;
  return wildcard[last] === "[^]*" || target.length === last || target[last] === "/";
}
var RegExpRouter = class {
  name = "RegExpRouter";
  #handlers;
  #tries;
  constructor() {
    this.#handlers = { ["ALL"]: [] };
    this.#tries = { ["ALL"]: new Trie() };
  }
  #insertPath(method, path) {
    try {
      this.#tries[method].insert(path, !/\*|\/:/.test(path));
    } catch (e) {
      throw e === PATH_ERROR ? new UnsupportedPathError(path) : e;
    }
  }
  add(method, path, handler) {
    const handlers = this.#handlers;
    if (!handlers) throw new Error(MESSAGE_MATCHER_IS_ALREADY_BUILT);
    const tries = this.#tries;
    if (!handlers[method]) {
      tries[method] = new Trie();
      handlers[method] = [...handlers["ALL"]];
      for (const p in tries["ALL"].paths) this.#insertPath(method, p);
    }
    if (path === "/*") path = "*";
    const methods = method === "ALL" ? Object.keys(handlers) : [method];
    const paths = checkOptionalParameter(path) || [path];
    for (const path2 of paths) for (const m of methods) {
      if (!tries[m].paths[path2]) this.#insertPath(m, path2);
      handlers[m].push([handler, path2]);
    }
  }
  match = match;
  buildAllMatchers() {
    const matchers = createNullObject();
    for (const method of Object.keys(this.#handlers)) matchers[method] = this.#buildMatcher(method);
    this.#handlers = this.#tries = void 0;
    return matchers;
  }
  #buildMatcher(method) {
    const handlers = this.#handlers[method];
    const trie = this.#tries[method];
    const staticMap = createNullObject();
    const handlerData = [];
    const [regexp, indexReplacementMap, paramReplacementMap] = trie.buildRegExp();
    const own = createNullObject();
    const entries = handlers.map(([h, p], i) => {
      (own[p] ??= []).push(i);
      return [h, trie.paths[p][1].reduceRight((map, [key, varIndex]) => {
        map[key] = paramReplacementMap[varIndex];
        return map;
      }, createNullObject())];
    });
    const wildcards = Object.keys(own).filter((p) => endsWithWildcard(trie.paths[p][2]));
    for (const path in trie.paths) {
      const [index, , keys] = trie.paths[path];
      const indexes = [...own[path]];
      for (const p of wildcards) if (p !== path && covers(trie.paths[p][2], keys)) indexes.push(...own[p]);
      const data = indexes.sort((a, b) => a - b).map((i) => entries[i]);
      if (index === -1) {
        const last = Math.max(-1, ...data.flatMap(([, map]) => Object.values(map)));
        staticMap[path] = [data, last === -1 ? emptyParam : path.match(regexp).slice(0, last + 1)];
      } else handlerData[index] = data;
    }
    return [
      regexp,
      indexReplacementMap.map((i) => handlerData[i]),
      staticMap
    ];
  }
};

// node_modules/hono/dist/router/smart-router/router.js
var SmartRouter = class {
  name = "SmartRouter";
  #routers = [];
  #routes = [];
  constructor(init) {
    this.#routers = init.routers;
  }
  add(method, path, handler) {
    if (!this.#routes) throw new Error(MESSAGE_MATCHER_IS_ALREADY_BUILT);
    this.#routes.push([
      method,
      path,
      handler
    ]);
  }
  match(method, path) {
    if (!this.#routes) throw new Error("Fatal error");
    const routers = this.#routers;
    const routes = this.#routes;
    const len = routers.length;
    let i = 0;
    let res;
    for (; i < len; i++) {
      const router = routers[i];
      try {
        for (let i2 = 0, len2 = routes.length; i2 < len2; i2++) router.add(...routes[i2]);
        res = router.match(method, path);
      } catch (e) {
        if (e instanceof UnsupportedPathError) continue;
        throw e;
      }
      this.match = router.match.bind(router);
      this.#routers = [router];
      this.#routes = void 0;
      break;
    }
    if (i === len) throw new Error("Fatal error");
    this.name = `SmartRouter + ${this.activeRouter.name}`;
    return res;
  }
  get activeRouter() {
    if (this.#routes || this.#routers.length !== 1) throw new Error("No active router has been determined yet.");
    return this.#routers[0];
  }
};

// node_modules/hono/dist/router/trie-router/node.js
var emptyParams = createNullObject();
var order = 0;
var Node3 = class Node4 {
  #methods = [];
  #children = createNullObject();
  #patterns = [];
  #pattern;
  #params = emptyParams;
  insert(method, path, handler) {
    let curNode = this;
    const parts = splitRoutingPath(path);
    const possibleKeys = /* @__PURE__ */ new Set();
    let i = 0;
    for (const p of parts) {
      const nextP = parts[++i];
      const pattern = getPattern(p, nextP) || (nextP === void 0 && p && p.indexOf("*") === p.length - 1 ? p : null);
      const isParam = Array.isArray(pattern);
      const key = isParam ? pattern[0] : pattern || p;
      const child = curNode.#children[key] ||= new Node4();
      if (pattern && !child.#pattern) {
        child.#pattern = pattern;
        curNode.#patterns.push(child);
      }
      curNode = child;
      if (isParam) possibleKeys.add(pattern[1]);
    }
    const methodMap = createNullObject();
    methodMap[method] = {
      handler,
      possibleKeys: [...possibleKeys],
      score: ++order
    };
    curNode.#methods.push(methodMap);
  }
  #pushHandlerSets(handlerSets, node, method, nodeParams, params) {
    for (let i = 0, len = node.#methods.length; i < len; i++) {
      const m = node.#methods[i];
      const handlerSet = m[method] || m["ALL"];
      if (handlerSet) {
        handlerSet.params = createNullObject();
        handlerSets.push(handlerSet);
        for (let i2 = 0, len2 = handlerSet.possibleKeys.length; i2 < len2; i2++) {
          const key = handlerSet.possibleKeys[i2];
          handlerSet.params[key] = params?.[key] && !i2 ? params[key] : nodeParams[key] ?? params?.[key];
        }
      }
    }
  }
  search(method, path) {
    const handlerSets = [];
    this.#params = emptyParams;
    let curNodes = [this];
    const parts = splitPath(path);
    const curNodesQueue = [];
    const len = parts.length;
    let partOffsets = null;
    for (let i = 0; i < len; i++) {
      const part = parts[i];
      const isLast = i === len - 1;
      const tempNodes = [];
      for (let j = 0, len2 = curNodes.length; j < len2; j++) {
        const node = curNodes[j];
        const nextNode = node.#children[part];
        if (nextNode) {
          nextNode.#params = node.#params;
          if (isLast) {
            if (nextNode.#children["*"]) this.#pushHandlerSets(handlerSets, nextNode.#children["*"], method, node.#params);
            this.#pushHandlerSets(handlerSets, nextNode, method, node.#params);
          } else tempNodes.push(nextNode);
        }
        for (const child of node.#patterns) {
          const pattern = child.#pattern;
          const params = node.#params === emptyParams ? {} : { ...node.#params };
          if (typeof pattern === "string") {
            if (pattern === "*" || part.startsWith(pattern.slice(0, -1))) {
              this.#pushHandlerSets(handlerSets, child, method, node.#params);
              if (pattern === "*") {
                child.#params = params;
                tempNodes.push(child);
              }
            }
            continue;
          }
          const [, name, matcher] = pattern;
          if (!part && matcher === true) continue;
          if (matcher !== true) {
            if (!partOffsets) {
              partOffsets = [];
              let offset = path[0] === "/" ? 1 : 0;
              for (let p = 0; p < len; p++) {
                partOffsets[p] = offset;
                offset += parts[p].length + 1;
              }
            }
            const restPathString = path.slice(partOffsets[i]);
            const m = matcher.exec(restPathString);
            if (m) {
              if (!Object.hasOwn(params, name)) params[name] = m[0];
              this.#pushHandlerSets(handlerSets, child, method, node.#params, params);
              if (m[0].length === restPathString.length && child.#children["*"]) this.#pushHandlerSets(handlerSets, child.#children["*"], method, node.#params, params);
              for (const _ in child.#children) {
                child.#params = params;
                const componentCount = m[0].match(/\//g)?.length ?? 0;
                (curNodesQueue[componentCount] ||= []).push(child);
                break;
              }
              continue;
            }
          }
          if (matcher === true || matcher.test(part)) {
            if (!Object.hasOwn(params, name)) params[name] = part;
            if (isLast) {
              this.#pushHandlerSets(handlerSets, child, method, params, node.#params);
              if (child.#children["*"]) this.#pushHandlerSets(handlerSets, child.#children["*"], method, params, node.#params);
            } else {
              child.#params = params;
              tempNodes.push(child);
            }
          }
        }
      }
      const shifted = curNodesQueue.shift();
      curNodes = shifted ? tempNodes.concat(shifted) : tempNodes;
    }
    if (handlerSets[1]) handlerSets.sort((a, b) => {
      return a.score - b.score;
    });
    return [handlerSets.map(({ handler, params }) => [handler, params])];
  }
};

// node_modules/hono/dist/router/trie-router/router.js
var TrieRouter = class {
  name = "TrieRouter";
  #node = new Node3();
  add(method, path, handler) {
    for (const result of checkOptionalParameter(path) || [path]) this.#node.insert(method, result, handler);
  }
  match(method, path) {
    return this.#node.search(method, path);
  }
};

// node_modules/hono/dist/hono.js
var Hono3 = class extends Hono {
  /**
  * Creates an instance of the Hono class.
  *
  * @param options - Optional configuration options for the Hono instance.
  */
  constructor(options = {}) {
    super(options);
    this.router = options.router ?? new SmartRouter({ routers: [new RegExpRouter(), new TrieRouter()] });
  }
};

// node_modules/@hono/zod-openapi/dist/index.mjs
function isObject(x) {
  return typeof x === "object" && x !== null;
}
function isZod(x) {
  if (!x) return false;
  if (!isObject(x)) return false;
  return typeof x.parse === "function" && typeof x.safeParse === "function" && typeof x.parseAsync === "function" && typeof x.safeParseAsync === "function";
}
var OpenAPIHono = class OpenAPIHono2 extends Hono3 {
  openAPIRegistry;
  defaultHook;
  #parentApp;
  constructor(init) {
    super(init);
    this.openAPIRegistry = new import_zod_to_openapi.OpenAPIRegistry();
    this.defaultHook = init === null || init === void 0 ? void 0 : init.defaultHook;
  }
  #resolveDefaultHook() {
    if (this.defaultHook) return this.defaultHook;
    const seen = /* @__PURE__ */ new Set([this]);
    let parent = this.#parentApp;
    while (parent && !seen.has(parent)) {
      if (parent.defaultHook) return parent.defaultHook;
      seen.add(parent);
      parent = parent.#parentApp;
    }
  }
  /**
  *
  * @param {RouteConfig} route - The route definition which you create with `createRoute()`.
  * @param {Handler} handler - The handler. If you want to return a JSON object, you should specify the status code with `c.json()`.
  * @param {Hook} hook - Optional. The hook method defines what it should do after validation.
  * @example
  * app.openapi(
  *   route,
  *   (c) => {
  *     // ...
  *     return c.json(
  *       {
  *         age: 20,
  *         name: 'Young man',
  *       },
  *       200 // You should specify the status code even if it's 200.
  *     )
  *   },
  *  (result, c) => {
  *    if (!result.success) {
  *      return c.json(
  *        {
  *          code: 400,
  *          message: 'Custom Message',
  *        },
  *        400
  *      )
  *    }
  *  }
  *)
  */
  openapi = ({ middleware: routeMiddleware, hide, ...route }, handler, hook = void 0) => {
    var _route$request, _route$request2, _route$request3, _route$request4, _route$request5;
    if (!hide) this.openAPIRegistry.registerPath(route);
    const effectiveHook = hook ?? ((result, c) => {
      const resolved = this.#resolveDefaultHook();
      return resolved ? resolved(result, c) : void 0;
    });
    const validators = [];
    if ((_route$request = route.request) === null || _route$request === void 0 ? void 0 : _route$request.query) {
      const validator2 = zValidator("query", route.request.query, effectiveHook);
      validators.push(validator2);
    }
    if ((_route$request2 = route.request) === null || _route$request2 === void 0 ? void 0 : _route$request2.params) {
      const validator2 = zValidator("param", route.request.params, effectiveHook);
      validators.push(validator2);
    }
    if ((_route$request3 = route.request) === null || _route$request3 === void 0 ? void 0 : _route$request3.headers) {
      const validator2 = zValidator("header", route.request.headers, effectiveHook);
      validators.push(validator2);
    }
    if ((_route$request4 = route.request) === null || _route$request4 === void 0 ? void 0 : _route$request4.cookies) {
      const validator2 = zValidator("cookie", route.request.cookies, effectiveHook);
      validators.push(validator2);
    }
    const bodyContent = (_route$request5 = route.request) === null || _route$request5 === void 0 || (_route$request5 = _route$request5.body) === null || _route$request5 === void 0 ? void 0 : _route$request5.content;
    if (bodyContent) {
      const declaredMediaTypes = Object.keys(bodyContent);
      if (declaredMediaTypes.some((mediaType) => {
        var _bodyContent$mediaTyp;
        return isZod((_bodyContent$mediaTyp = bodyContent[mediaType]) === null || _bodyContent$mediaTyp === void 0 ? void 0 : _bodyContent$mediaTyp.schema) && (isJSONContentType(mediaType) || isFormContentType(mediaType));
      })) {
        const mediaTypeGate = async (c, next) => {
          const contentType = c.req.header("content-type");
          if (contentType) {
            if (!declaredMediaTypes.some((mediaType) => matchesMediaType(contentType, mediaType))) throw new HTTPException(415, { message: "Unsupported Media Type" });
          } else if (await hasRequestBody(c)) throw new HTTPException(415, { message: "Unsupported Media Type" });
          await next();
        };
        validators.push(mediaTypeGate);
      }
      for (const mediaType of declaredMediaTypes) {
        if (!bodyContent[mediaType]) continue;
        const schema = bodyContent[mediaType]["schema"];
        if (!isZod(schema)) continue;
        if (isJSONContentType(mediaType)) {
          var _route$request6;
          const validator2 = zValidator("json", schema, effectiveHook);
          if ((_route$request6 = route.request) === null || _route$request6 === void 0 || (_route$request6 = _route$request6.body) === null || _route$request6 === void 0 ? void 0 : _route$request6.required) validators.push(validator2);
          else {
            const mw = async (c, next) => {
              if (c.req.header("content-type")) {
                if (isJSONContentType(c.req.header("content-type"))) return await validator2(c, next);
              }
              c.req.addValidatedData("json", {});
              await next();
            };
            validators.push(mw);
          }
        }
        if (isFormContentType(mediaType)) {
          var _route$request7;
          const validator2 = zValidator("form", schema, effectiveHook);
          if ((_route$request7 = route.request) === null || _route$request7 === void 0 || (_route$request7 = _route$request7.body) === null || _route$request7 === void 0 ? void 0 : _route$request7.required) validators.push(validator2);
          else {
            const mw = async (c, next) => {
              if (c.req.header("content-type")) {
                if (isFormContentType(c.req.header("content-type"))) return await validator2(c, next);
              }
              c.req.addValidatedData("form", {});
              await next();
            };
            validators.push(mw);
          }
        }
      }
    }
    const middleware = routeMiddleware ? Array.isArray(routeMiddleware) ? routeMiddleware : [routeMiddleware] : [];
    this.on([route.method], [route.path.replaceAll(/\/{(.+?)}/g, "/:$1")], ...middleware, ...validators, handler);
    return this;
  };
  /**
  * Register a list of routes with full Type Safety and RPC support.
  * * @param inputs - An array of objects containing { route, handler, hook }.
  * Must be defined `as const` or inline to preserve tuple types.
  */
  openapiRoutes = (inputs) => {
    inputs.filter(({ addRoute }) => addRoute !== false).forEach(({ route, handler, hook }) => {
      this.openapi(route, handler, hook);
    });
    return this;
  };
  getOpenAPIDocument = (objectConfig, generatorConfig) => {
    const document = new import_zod_to_openapi.OpenApiGeneratorV3(this.openAPIRegistry.definitions, generatorConfig).generateDocument(objectConfig);
    return this._basePath ? addBasePathToDocument(document, this._basePath) : document;
  };
  getOpenAPI31Document = (objectConfig, generatorConfig) => {
    const document = new import_zod_to_openapi.OpenApiGeneratorV31(this.openAPIRegistry.definitions, generatorConfig).generateDocument(objectConfig);
    return this._basePath ? addBasePathToDocument(document, this._basePath) : document;
  };
  doc = (path, configureObject, configureGenerator) => {
    return this.get(path, (c) => {
      const objectConfig = typeof configureObject === "function" ? configureObject(c) : configureObject;
      const generatorConfig = typeof configureGenerator === "function" ? configureGenerator(c) : configureGenerator;
      try {
        const document = this.getOpenAPIDocument(objectConfig, generatorConfig);
        return c.json(document);
      } catch (e) {
        return c.json(e, 500);
      }
    });
  };
  doc31 = (path, configureObject, configureGenerator) => {
    return this.get(path, (c) => {
      const objectConfig = typeof configureObject === "function" ? configureObject(c) : configureObject;
      const generatorConfig = typeof configureGenerator === "function" ? configureGenerator(c) : configureGenerator;
      try {
        const document = this.getOpenAPI31Document(objectConfig, generatorConfig);
        return c.json(document);
      } catch (e) {
        return c.json(e, 500);
      }
    });
  };
  route(path, app) {
    const pathForOpenAPI = path.replaceAll(/:([^\/]+)/g, "{$1}");
    super.route(path, app);
    if (!(app instanceof OpenAPIHono2)) return this;
    app.#parentApp ??= this;
    app.openAPIRegistry.definitions.forEach((def) => {
      switch (def.type) {
        case "component":
          return this.openAPIRegistry.registerComponent(def.componentType, def.name, def.component);
        case "route":
          this.openAPIRegistry.registerPath({
            ...def.route,
            path: mergePath(pathForOpenAPI, app._basePath.replaceAll(/:([^\/]+)/g, "{$1}"), def.route.path)
          });
          return;
        case "webhook":
          this.openAPIRegistry.registerWebhook({
            ...def.webhook,
            path: mergePath(pathForOpenAPI, app._basePath.replaceAll(/:([^\/]+)/g, "{$1}"), def.webhook.path)
          });
          return;
        case "schema":
          var _getOpenApiMetadata$_;
          return this.openAPIRegistry.register((_getOpenApiMetadata$_ = (0, import_zod_to_openapi.getOpenApiMetadata)(def.schema)._internal) === null || _getOpenApiMetadata$_ === void 0 ? void 0 : _getOpenApiMetadata$_.refId, def.schema);
        case "parameter":
          var _getOpenApiMetadata$_2;
          return this.openAPIRegistry.registerParameter((_getOpenApiMetadata$_2 = (0, import_zod_to_openapi.getOpenApiMetadata)(def.schema)._internal) === null || _getOpenApiMetadata$_2 === void 0 ? void 0 : _getOpenApiMetadata$_2.refId, def.schema);
        default:
          throw new Error(`Unknown registry type: ${def}`);
      }
    });
    return this;
  }
  basePath(path) {
    const cloned = super.basePath(path);
    const newApp = new OpenAPIHono2({ defaultHook: this.defaultHook });
    newApp.router = cloned.router;
    newApp.routes = cloned.routes;
    const { getPath: getPath2 } = cloned;
    const clonedInternal = cloned;
    Object.assign(newApp, {
      getPath: getPath2,
      errorHandler: clonedInternal.errorHandler,
      _basePath: clonedInternal._basePath
    });
    return newApp;
  }
};
var createRoute = (routeConfig) => {
  const route = {
    ...routeConfig,
    getRoutingPath() {
      return routeConfig.path.replaceAll(/\/{(.+?)}/g, "/:$1");
    }
  };
  return Object.defineProperty(route, "getRoutingPath", { enumerable: false });
};
(0, import_zod_to_openapi.extendZodWithOpenApi)(external_exports);
function addBasePathToDocument(document, basePath) {
  const updatedPaths = {};
  Object.keys(document.paths).forEach((path) => {
    updatedPaths[mergePath(basePath.replaceAll(/:([^\/]+)/g, "{$1}"), path)] = document.paths[path];
  });
  return {
    ...document,
    paths: updatedPaths
  };
}
function isJSONContentType(contentType) {
  return /^application\/([a-z-\.]+\+)?json/i.test(contentType);
}
var jsonRequestRegex = /^application\/([a-z-\.]+\+)?json(;\s*[a-zA-Z0-9\-]+\=([^;]+))*$/i;
var multipartRequestRegex = /^multipart\/form-data(;\s?boundary=[a-zA-Z0-9'"()+_,\-./:=?]+)?$/i;
var urlencodedRequestRegex = /^application\/x-www-form-urlencoded(;\s*[a-zA-Z0-9\-]+\=([^;]+))*$/i;
function matchesMediaType(contentType, mediaType) {
  if (mediaType === "*/*") return true;
  if (isJSONContentType(mediaType)) return jsonRequestRegex.test(contentType);
  if (isFormContentType(mediaType)) return multipartRequestRegex.test(contentType) || urlencodedRequestRegex.test(contentType);
  const essence = contentType.split(";")[0].trim().toLowerCase();
  if (mediaType.endsWith("/*")) return essence.startsWith(mediaType.slice(0, -1).toLowerCase());
  return essence === mediaType.toLowerCase();
}
async function hasRequestBody(c) {
  const raw = c.req.raw;
  if (raw.body === null) return false;
  if (raw.bodyUsed) return (await c.req.arrayBuffer()).byteLength > 0;
  const body = raw.clone().body;
  if (body === null) return false;
  const reader = body.getReader();
  try {
    for (; ; ) {
      const { done, value } = await reader.read();
      if (done) return false;
      if (value.byteLength > 0) return true;
    }
  } finally {
    reader.cancel().catch(() => {
    });
  }
}
function isFormContentType(contentType) {
  const lower = contentType.toLowerCase();
  return lower.startsWith("multipart/form-data") || lower.startsWith("application/x-www-form-urlencoded");
}

// node_modules/hono/dist/middleware/body-limit/index.js
var ERROR_MESSAGE = "Payload Too Large";
var bodyLimit = (options) => {
  const onError = options.onError || (() => {
    const res = new Response(ERROR_MESSAGE, { status: 413 });
    throw new HTTPException(413, { res });
  });
  const maxSize = options.maxSize;
  return async function bodyLimit2(c, next) {
    if (!c.req.raw.body) return next();
    const hasTransferEncoding = c.req.raw.headers.has("transfer-encoding");
    if (c.req.raw.headers.has("content-length") && !hasTransferEncoding) return parseInt(c.req.raw.headers.get("content-length") || "0", 10) > maxSize ? onError(c) : next();
    let size = 0;
    let buffer = /* @__PURE__ */ new Uint8Array(0);
    const rawReader = c.req.raw.body.getReader();
    for (; ; ) {
      const { done, value } = await rawReader.read();
      if (done) break;
      const offset = size;
      size += value.length;
      if (size > maxSize) return onError(c);
      if (size > buffer.length) {
        const grown = new Uint8Array(Math.min(maxSize, Math.max(size, buffer.length * 2)));
        grown.set(buffer.subarray(0, offset));
        buffer = grown;
      }
      buffer.set(value, offset);
    }
    c.req.raw = new Request(c.req.raw, { body: buffer.subarray(0, size) });
    return next();
  };
};

// dist/web/actions/matches.js
var MATCHES_PER_PAGE = 50;
var MAX_MATCHES_PER_PAGE = 500;
function withHistory(deps, rows) {
  const history = matchHistory(deps.store, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, history: history.get(r.id) ?? [] }));
}
function myMatches(deps, caller, q) {
  const since = q.since === void 0 ? null : parseDuration(q.since);
  const filter = {
    userId: caller.account.id,
    ...q.minScore !== void 0 ? { minScore: q.minScore } : {},
    ...q.company ? { company: q.company } : {},
    ...q.status ? { status: q.status } : {},
    ...since !== null ? { sinceMs: deps.clock.now() - since } : {}
  };
  const page2 = q.page ?? 1;
  const perPage = q.perPage ?? MATCHES_PER_PAGE;
  return {
    matches: withHistory(deps, listMatches(deps.store, filter, { limit: perPage, offset: (page2 - 1) * perPage })),
    total: countMatches(deps.store, filter),
    page: page2,
    perPage
  };
}
function myMatch(deps, caller, id) {
  const match2 = findMatch(deps.store, id, caller.account.id);
  if (!match2)
    throw notFound(`match #${id}`);
  return withHistory(deps, [match2])[0];
}
function changeStatus(deps, caller, id, change) {
  const note2 = change.note?.trim() ? change.note.trim() : void 0;
  const via = caller.via === "token" ? "api" : "web";
  if (!setMatchStatus(deps.store, id, change.status, { note: note2, via, userId: caller.account.id }, deps.clock.now()))
    throw notFound(`match #${id}`);
  return myMatch(deps, caller, id);
}
function previewAction(deps, token) {
  const grant = peekToken(deps.store, token, "action", deps.clock.now());
  const match2 = grant?.savedJobId ? findMatch(deps.store, grant.savedJobId, grant.userId) : void 0;
  return match2 && grant?.action ? { match: match2, status: grant.action } : null;
}
function applyAction(deps, token) {
  const now = deps.clock.now();
  return writeTx(deps.store, () => {
    const grant = consumeToken(deps.store, token, "action", now);
    if (!grant?.savedJobId || !grant.action)
      throw notFound("action (the link is unknown, already used or expired)");
    if (!setMatchStatus(deps.store, grant.savedJobId, grant.action, { via: "digest", userId: grant.userId }, now))
      throw notFound("match for this action");
    return findMatch(deps.store, grant.savedJobId, grant.userId);
  });
}

// dist/web/lazyActions.js
var companyActions = () => import("./companies-R7NWVVCJ.js");
var jobActions = () => import("./jobs-6ALROWVB.js");
var profileActions = () => import("./profile-QAHLRQCC.js");
var healthActions = () => import("./health-YJLYXPFR.js");

// dist/web/schemas.js
var rank = external_exports.coerce.number({ error: "must be a whole number from 1 to 100" }).int("must be a whole number from 1 to 100").min(1, "must be a whole number from 1 to 100").max(100, "must be a whole number from 1 to 100").openapi({ example: 80 });
var status = external_exports.enum(APPLICATION_STATUSES, { error: `must be one of ${APPLICATION_STATUSES.join(", ")}` });
var careersUrl = external_exports.string().trim().superRefine((v, ctx) => {
  const problem = checkCareersUrl(v);
  if (problem)
    ctx.addIssue({ code: "custom", message: problem });
}).openapi({ example: "https://boards.greenhouse.io/acme" });
var slug = external_exports.string().trim().regex(SLUG_PATTERN, SLUG_RULE).openapi({ example: "acme" });
var selector = external_exports.string().trim().max(500, "must be at most 500 characters").optional().openapi({ example: ".jobs a" });
var note = external_exports.string().max(2e3, "must be at most 2000 characters").optional();
var SlugParam = external_exports.object({ slug: slug.openapi({ param: { name: "slug", in: "path" } }) });
var IdParam = external_exports.object({
  id: external_exports.coerce.number().int().positive("must be a positive whole number").openapi({ param: { name: "id", in: "path" }, example: 12 })
});
var TokenParam = external_exports.object({ token: external_exports.string().min(1).max(200).openapi({ param: { name: "token", in: "path" } }) });
var MatchQuery = external_exports.object({
  minScore: external_exports.coerce.number().int().min(0, "must be from 0 to 100").max(100, "must be from 0 to 100").optional().openapi({ example: 70 }),
  company: slug.optional(),
  status: status.optional(),
  since: external_exports.string().refine((v) => parseDuration(v) !== null, "must be a duration such as 7d, 12h or 90m").optional().openapi({ example: "7d" }),
  page: external_exports.coerce.number().int("must be a whole number from 1").min(1, "must be a whole number from 1").optional().openapi({ example: 2, description: "which page of the list, from 1 (the default)" }),
  perPage: external_exports.coerce.number().int(`must be a whole number from 1 to ${MAX_MATCHES_PER_PAGE}`).min(1, `must be a whole number from 1 to ${MAX_MATCHES_PER_PAGE}`).max(MAX_MATCHES_PER_PAGE, `must be a whole number from 1 to ${MAX_MATCHES_PER_PAGE}`).optional().openapi({ example: MATCHES_PER_PAGE, description: `matches per page (${MATCHES_PER_PAGE} unless given)` })
});
var StatusChange = external_exports.object({ status, note }).openapi("StatusChange");
var ProbeRequest = external_exports.object({ url: careersUrl, selector }).openapi("ProbeRequest");
var NewCompany = external_exports.object({
  url: careersUrl,
  slug,
  name: external_exports.string().trim().min(1).max(200, "must be at most 200 characters").optional(),
  selector,
  rank
}).openapi("NewCompany");
var RankChange = external_exports.object({ rank }).openapi("RankChange");
var SourceChange = external_exports.object({
  source: external_exports.string().trim().min(1, "is required: KIND:TOKEN, a board URL, browser or auto").max(2e3)
}).openapi("SourceChange", { example: { source: "greenhouse:acme" } });
var RenderChange = external_exports.object({ mode: external_exports.enum(RENDER_MODES, { error: "must be static, browser or auto" }) }).openapi("RenderChange");
var ImportRequest = external_exports.object({
  text: external_exports.string().min(1, "is empty").openapi({ description: "the file's content: a JSON array in the seed format, or CSV with the same headers" }),
  fileName: external_exports.string().max(200).optional(),
  skipInvalid: external_exports.boolean().optional(),
  track: external_exports.boolean().optional().openapi({ description: "also track every imported company (each row's rank, else `rank`)" }),
  rank: rank.optional()
}).openapi("ImportRequest");
var CvUpload = external_exports.object({
  file: external_exports.any().openapi({ type: "string", format: "binary", description: "a .pdf, .md or .txt CV of at most 5 MiB" })
}).openapi("CvUpload");
var ProfileBody = external_exports.record(external_exports.string(), external_exports.unknown()).openapi("Profile", {
  description: "the candidate profile (the original app's shape plus skills, titles \u2026); validated as `scoutly users set-profile` validates"
});
var Problem = external_exports.object({
  type: external_exports.string(),
  title: external_exports.string(),
  status: external_exports.number(),
  detail: external_exports.string(),
  errors: external_exports.array(external_exports.object({ field: external_exports.string(), message: external_exports.string() })).optional()
}).openapi("Problem");
var problemResponses = {
  400: { description: "invalid input; `errors` names each field", content: { "application/problem+json": { schema: Problem } } },
  401: { description: "not signed in, or the API token is unknown or revoked", content: { "application/problem+json": { schema: Problem } } },
  403: { description: "not allowed (admins only), or a browser request from another site or without its CSRF token", content: { "application/problem+json": { schema: Problem } } },
  404: { description: "no such thing, or not yours", content: { "application/problem+json": { schema: Problem } } }
};
var HistoryEntry = external_exports.object({ status, note: external_exports.string().nullable(), via: external_exports.enum(["cli", "web", "api", "digest"]), createdAt: external_exports.number() });
var Match = external_exports.object({
  id: external_exports.number(),
  company: external_exports.string(),
  companySlug: external_exports.string(),
  title: external_exports.string(),
  url: external_exports.string(),
  score: external_exports.number().nullable(),
  verdict: external_exports.string().nullable(),
  reasons: external_exports.array(external_exports.string()),
  concerns: external_exports.array(external_exports.string()),
  location: external_exports.string().nullable(),
  workplace: external_exports.string().nullable(),
  compensation: external_exports.string().nullable(),
  status,
  note: external_exports.string().nullable(),
  firstSeenAt: external_exports.number(),
  closedAt: external_exports.number().nullable(),
  createdAt: external_exports.number(),
  updatedAt: external_exports.number(),
  postingId: external_exports.number(),
  openSince: external_exports.number().nullable().openapi({ description: "since when the role is open (ms): its published date, else first seen; a repost counts from its first posting" }),
  repost: external_exports.object({
    of: external_exports.number().openapi({ description: "the first posting of the chain" }),
    url: external_exports.string(),
    change: external_exports.string().nullable().openapi({ description: "what changed materially: location, workplace, pay or text" }),
    earlierMatchId: external_exports.number().nullable(),
    earlierStatus: status.nullable()
  }).nullable().openapi({ description: "set when the posting is a repost of an earlier one" }),
  history: external_exports.array(HistoryEntry)
}).openapi("Match");
var MatchList = external_exports.object({
  matches: external_exports.array(Match).openapi({ description: "one page of the matches, best first" }),
  total: external_exports.number().openapi({ description: "how many matches the filters select, on all pages" }),
  page: external_exports.number(),
  perPage: external_exports.number()
}).openapi("MatchList");
var Company = external_exports.object({
  slug: external_exports.string(),
  name: external_exports.string(),
  careersUrl: external_exports.string(),
  selector: external_exports.string().nullable(),
  source: external_exports.object({ kind: external_exports.string().nullable(), token: external_exports.string().nullable(), origin: external_exports.string().nullable(), filter: external_exports.record(external_exports.string(), external_exports.array(external_exports.string())).nullable() }),
  render: external_exports.object({ mode: external_exports.enum(RENDER_MODES), origin: external_exports.string().nullable() }),
  myRank: external_exports.number().nullable(),
  tracking: external_exports.boolean(),
  effectiveRank: external_exports.number().nullable(),
  intervalDays: external_exports.number().nullable().openapi({ description: "how often it is scraped, from the highest rank of those who track it" }),
  nextDueAt: external_exports.number().nullable(),
  lastSuccessAt: external_exports.number().nullable(),
  openPostings: external_exports.number(),
  health: external_exports.object({ consecutiveFailures: external_exports.number(), lastErrorKind: external_exports.string().nullable(), lastError: external_exports.string().nullable(), breakerOpenUntil: external_exports.number().nullable() })
}).openapi("Company");
var CompanyList = external_exports.object({ companies: external_exports.array(Company) }).openapi("CompanyList");
var Done = external_exports.object({ message: external_exports.string() }).openapi("Done");
var ProbeResult = external_exports.object({
  url: external_exports.string(),
  source: external_exports.object({ kind: external_exports.string(), token: external_exports.string().nullable() }),
  filter: external_exports.string().nullable(),
  notes: external_exports.array(external_exports.string()),
  postings: external_exports.array(external_exports.object({ title: external_exports.string(), url: external_exports.string(), location: external_exports.string().nullable() })),
  suggested: external_exports.object({ slug: external_exports.string(), name: external_exports.string() }),
  failed: external_exports.string().nullable().openapi({ description: "why the page or feed could not be read (then there are no postings)" })
}).openapi("ProbeResult");
var ImportResult = external_exports.object({
  inserted: external_exports.number(),
  updated: external_exports.number(),
  tracked: external_exports.number(),
  skipped: external_exports.array(external_exports.object({ where: external_exports.string(), field: external_exports.string(), message: external_exports.string() })),
  warnings: external_exports.array(external_exports.object({ where: external_exports.string(), field: external_exports.string(), message: external_exports.string() }))
}).openapi("ImportResult");
var Task = external_exports.object({
  id: external_exports.number(),
  kind: external_exports.string(),
  status: external_exports.string(),
  company: external_exports.string().nullable(),
  attempts: external_exports.number(),
  maxAttempts: external_exports.number(),
  runAt: external_exports.number(),
  lastErrorKind: external_exports.string().nullable(),
  lastError: external_exports.string().nullable(),
  lastErrorWords: external_exports.string()
}).openapi("Task");
var Problems = external_exports.object({
  companies: external_exports.array(external_exports.object({
    slug: external_exports.string(),
    name: external_exports.string(),
    consecutiveFailures: external_exports.number(),
    lastErrorKind: external_exports.string().nullable(),
    lastError: external_exports.string().nullable(),
    lastErrorWords: external_exports.string(),
    breakerOpenUntil: external_exports.number().nullable(),
    lastSuccessAt: external_exports.number().nullable()
  })),
  deadTasks: external_exports.array(Task)
}).openapi("Problems");
var RetryResult = external_exports.object({ id: external_exports.number(), message: external_exports.string() }).openapi("RetryResult");
var ScrapeQueued = external_exports.object({ taskId: external_exports.number(), created: external_exports.boolean(), message: external_exports.string() }).openapi("ScrapeQueued");
var Run = external_exports.object({
  id: external_exports.number(),
  startedAt: external_exports.number(),
  finishedAt: external_exports.number().nullable(),
  durationMs: external_exports.number().nullable(),
  status: external_exports.string(),
  exitCode: external_exports.number().nullable(),
  enqueued: external_exports.number(),
  succeeded: external_exports.number(),
  failed: external_exports.number(),
  deferred: external_exports.number()
});
var Jobs = external_exports.object({
  queue: external_exports.array(external_exports.object({ kind: external_exports.string(), status: external_exports.string(), count: external_exports.number() })),
  runs: external_exports.array(Run),
  running: external_exports.object({
    owner: external_exports.string(),
    since: external_exports.number(),
    runId: external_exports.number().nullable(),
    waiting: external_exports.number(),
    attempts: external_exports.object({ succeeded: external_exports.number(), failed: external_exports.number(), deferred: external_exports.number(), running: external_exports.number() })
  }).nullable()
}).openapi("Jobs");
var Attempts = external_exports.object({
  attempts: external_exports.array(external_exports.object({
    id: external_exports.number(),
    taskId: external_exports.number().nullable(),
    runId: external_exports.number().nullable(),
    kind: external_exports.string(),
    attempt: external_exports.number(),
    startedAt: external_exports.number(),
    durationMs: external_exports.number().nullable(),
    outcome: external_exports.string().nullable(),
    errorKind: external_exports.string().nullable(),
    errorMessage: external_exports.string().nullable(),
    detail: external_exports.record(external_exports.string(), external_exports.unknown()).nullable()
  }))
}).openapi("Attempts");
var ProfileView = external_exports.object({
  email: external_exports.string(),
  cvFileName: external_exports.string().nullable(),
  cvChars: external_exports.number().nullable(),
  derivedFromCv: external_exports.boolean(),
  profile: external_exports.record(external_exports.string(), external_exports.unknown()).nullable(),
  reads: external_exports.record(external_exports.string(), external_exports.unknown()).nullable().openapi({ description: "what the analyzer reads from the profile: place, work authorisation, level, role families, languages" }),
  problem: external_exports.string().nullable().openapi({ description: "why the stored profile cannot be used, if it cannot" })
}).openapi("ProfileView");
var Health = external_exports.object({
  checks: external_exports.array(external_exports.object({ name: external_exports.string(), status: external_exports.enum(["ok", "warn", "fail"]), detail: external_exports.string(), fix: external_exports.string().optional() })),
  gemini: external_exports.object({ configured: external_exports.boolean(), model: external_exports.string(), day: external_exports.string(), requests: external_exports.number(), dailyLimit: external_exports.number(), exhaustedUntil: external_exports.number().nullable() }),
  channels: external_exports.array(external_exports.object({ channel: external_exports.string(), label: external_exports.string(), lastStatus: external_exports.string().nullable(), lastAt: external_exports.number().nullable(), lastSentAt: external_exports.number().nullable(), lastError: external_exports.string().nullable() })),
  lastCompletedTick: external_exports.object({ id: external_exports.number(), finishedAt: external_exports.number(), exitCode: external_exports.number() }).nullable()
}).openapi("Health");
var TestDigestResult = external_exports.object({ results: external_exports.array(external_exports.object({ channel: external_exports.string(), ok: external_exports.boolean(), error: external_exports.string().nullable() })) }).openapi("TestDigestResult");
var Me = external_exports.object({ id: external_exports.number(), email: external_exports.string(), isAdmin: external_exports.boolean() }).openapi("Me");
var ActionResult = external_exports.object({ id: external_exports.number(), status, title: external_exports.string(), company: external_exports.string() }).openapi("ActionResult");

// dist/web/api.js
var json = (schema, description) => ({ description, content: { "application/json": { schema } } });
var jsonBody = (schema) => ({ content: { "application/json": { schema } }, required: true });
var { 400: bad, 401: unauthorized, 403: forbidden, 404: missing } = problemResponses;
var guarded = { 401: unauthorized, 403: forbidden };
function registerApi(app) {
  const deps = (c) => c.var.deps;
  app.openapi(createRoute({ method: "get", path: "/api/v1/me", tags: ["account"], summary: "Who the token or session belongs to", responses: { 200: json(Me, "the caller"), ...guarded } }), (c) => c.json(callerOf(c).account, 200));
  app.openapi(createRoute({
    method: "get",
    path: "/api/v1/matches",
    tags: ["matches"],
    summary: "Your matches, best first, a page at a time",
    request: { query: MatchQuery },
    responses: { 200: json(MatchList, "a page of matches with reasons, concerns and history, and how many there are"), 400: bad, ...guarded }
  }), async (c) => c.json(myMatches(deps(c), callerOf(c), c.req.valid("query")), 200));
  app.openapi(createRoute({
    method: "get",
    path: "/api/v1/matches/{id}",
    tags: ["matches"],
    summary: "One of your matches with its history",
    request: { params: IdParam },
    responses: { 200: json(Match, "the match"), 404: missing, ...guarded }
  }), async (c) => c.json(myMatch(deps(c), callerOf(c), c.req.valid("param").id), 200));
  app.openapi(createRoute({
    method: "post",
    path: "/api/v1/matches/{id}/status",
    tags: ["matches"],
    summary: "Move an application to another state (with a note)",
    description: '"Not for me" is `discarded`. The change is kept in the match\'s history.',
    request: { params: IdParam, body: jsonBody(StatusChange) },
    responses: { 200: json(Match, "the match as it is now"), 400: bad, 404: missing, ...guarded }
  }), async (c) => c.json(changeStatus(deps(c), callerOf(c), c.req.valid("param").id, c.req.valid("json")), 200));
  app.openapi(createRoute({
    method: "post",
    path: "/api/v1/actions/{token}",
    tags: ["matches"],
    summary: "Use a digest's action token (no sign-in: the token is the permission)",
    description: "A token sets one match of one user to one status, once, within a week. A used, expired or altered token answers 404.",
    request: { params: TokenParam },
    security: [],
    responses: { 200: json(ActionResult, "the match as it is now"), 404: missing, 403: forbidden }
  }), async (c) => {
    const m = applyAction(deps(c), c.req.valid("param").token);
    return c.json({ id: m.id, status: m.status, title: m.title, company: m.company }, 200);
  });
  app.openapi(createRoute({
    method: "get",
    path: "/api/v1/companies",
    tags: ["companies"],
    summary: "Every company: yours first, with rank, tier, next scrape, source and health",
    responses: { 200: json(CompanyList, "companies"), ...guarded }
  }), async (c) => {
    const co = await companyActions();
    return c.json({ companies: co.allCompanies(deps(c), callerOf(c)).map(co.companyOut) }, 200);
  });
  app.openapi(createRoute({
    method: "get",
    path: "/api/v1/companies/{slug}",
    tags: ["companies"],
    summary: "One company",
    request: { params: SlugParam },
    responses: { 200: json(Company, "the company"), 404: missing, ...guarded }
  }), async (c) => {
    const co = await companyActions();
    return c.json(co.companyOut(co.oneCompany(deps(c), callerOf(c), c.req.valid("param").slug)), 200);
  });
  app.openapi(createRoute({
    method: "post",
    path: "/api/v1/companies/probe",
    tags: ["companies"],
    summary: "Read a careers URL live, as `scoutly probe` does (nothing saved)",
    request: { body: jsonBody(ProbeRequest) },
    responses: { 200: json(ProbeResult, "the source found and its postings, or why it failed"), 400: bad, ...guarded }
  }), async (c) => c.json(await (await companyActions()).probeCareersUrl(deps(c), c.req.valid("json")), 200));
  app.openapi(createRoute({
    method: "post",
    path: "/api/v1/companies",
    tags: ["companies"],
    summary: "Add a company by its careers URL and track it at a rank",
    request: { body: jsonBody(NewCompany) },
    responses: { 201: json(Company, "the company, tracked"), 400: bad, ...guarded }
  }), async (c) => {
    const co = await companyActions();
    return c.json(co.companyOut(co.saveCompany(deps(c), callerOf(c), c.req.valid("json"))), 201);
  });
  app.openapi(createRoute({
    method: "post",
    path: "/api/v1/companies/import",
    tags: ["companies"],
    summary: "Import a seed file (as `scoutly companies import`)",
    request: { body: jsonBody(ImportRequest) },
    responses: { 200: json(ImportResult, "what was imported"), 400: bad, ...guarded }
  }), async (c) => {
    const body = c.req.valid("json");
    if (body.rank !== void 0 && !body.track)
      throw invalid([{ field: "rank", message: "only applies with track" }]);
    return c.json((await companyActions()).importFile(deps(c), callerOf(c), { text: body.text, fileName: body.fileName ?? "upload", skipInvalid: body.skipInvalid ?? false, track: body.track ?? false, rank: body.rank ?? 50 }), 200);
  });
  app.openapi(createRoute({
    method: "put",
    path: "/api/v1/companies/{slug}/rank",
    tags: ["companies"],
    summary: "Track a company at a rank (1\u2013100), or change your rank",
    request: { params: SlugParam, body: jsonBody(RankChange) },
    responses: { 200: json(Company, "the company"), 400: bad, 404: missing, ...guarded }
  }), async (c) => {
    const co = await companyActions();
    return c.json(co.companyOut(co.rankCompany(deps(c), callerOf(c), c.req.valid("param").slug, c.req.valid("json").rank)), 200);
  });
  app.openapi(createRoute({
    method: "delete",
    path: "/api/v1/companies/{slug}/rank",
    tags: ["companies"],
    summary: "Stop tracking a company (your rank is kept)",
    request: { params: SlugParam },
    responses: { 200: json(Company, "the company"), 404: missing, ...guarded }
  }), async (c) => {
    const co = await companyActions();
    return c.json(co.companyOut(co.untrackCompany(deps(c), callerOf(c), c.req.valid("param").slug)), 200);
  });
  app.openapi(createRoute({
    method: "post",
    path: "/api/v1/companies/{slug}/scrape",
    tags: ["companies"],
    summary: "Scrape a company at the next tick, ahead of everything else",
    request: { params: SlugParam },
    responses: { 200: json(ScrapeQueued, "the task"), 404: missing, ...guarded }
  }), async (c) => c.json(await (await companyActions()).scrapeNow(deps(c), c.req.valid("param").slug), 200));
  app.openapi(createRoute({
    method: "put",
    path: "/api/v1/companies/{slug}/source",
    tags: ["companies"],
    summary: "Name a company's source (admins): KIND:TOKEN, a board URL, browser or auto",
    request: { params: SlugParam, body: jsonBody(SourceChange) },
    responses: { 200: json(Done, "what happens now"), 400: bad, 404: missing, ...guarded }
  }), async (c) => c.json({ message: (await companyActions()).changeSource(deps(c), callerOf(c), c.req.valid("param").slug, c.req.valid("json").source) }, 200));
  app.openapi(createRoute({
    method: "put",
    path: "/api/v1/companies/{slug}/render",
    tags: ["companies"],
    summary: "Choose how a company's page is read (admins): static, browser or auto",
    request: { params: SlugParam, body: jsonBody(RenderChange) },
    responses: { 200: json(Done, "what happens now"), 400: bad, 404: missing, ...guarded }
  }), async (c) => c.json({ message: (await companyActions()).changeRender(deps(c), callerOf(c), c.req.valid("param").slug, c.req.valid("json").mode) }, 200));
  app.openapi(createRoute({
    method: "delete",
    path: "/api/v1/companies/{slug}",
    tags: ["companies"],
    summary: "Remove a company with its postings, tasks and preferences (admins)",
    request: { params: SlugParam },
    responses: { 200: json(Done, "removed"), 404: missing, ...guarded }
  }), async (c) => c.json({ message: (await companyActions()).deleteCompany(deps(c), callerOf(c), c.req.valid("param").slug) }, 200));
  app.openapi(createRoute({
    method: "get",
    path: "/api/v1/companies/{slug}/attempts",
    tags: ["jobs"],
    summary: "A company's latest scrape attempts",
    request: { params: SlugParam },
    responses: { 200: json(Attempts, "attempts, newest first"), 404: missing, ...guarded }
  }), async (c) => c.json({ attempts: (await jobActions()).attemptsOf(deps(c), c.req.valid("param").slug) }, 200));
  app.openapi(createRoute({
    method: "get",
    path: "/api/v1/problems",
    tags: ["jobs"],
    summary: "Companies that keep failing and dead tasks, each last error in words",
    responses: { 200: json(Problems, "problems"), ...guarded }
  }), async (c) => c.json((await jobActions()).problems(deps(c)), 200));
  app.openapi(createRoute({
    method: "post",
    path: "/api/v1/tasks/{id}/retry",
    tags: ["jobs"],
    summary: "Retry a dead or failed task at the next tick (admins)",
    request: { params: IdParam },
    responses: { 200: json(RetryResult, "retried"), 404: missing, ...guarded }
  }), async (c) => c.json((await jobActions()).retry(deps(c), callerOf(c), c.req.valid("param").id), 200));
  app.openapi(createRoute({
    method: "get",
    path: "/api/v1/jobs",
    tags: ["jobs"],
    summary: "The queue by kind and status, the runs of the last 14 days, the tick running now",
    responses: { 200: json(Jobs, "jobs"), ...guarded }
  }), async (c) => c.json((await jobActions()).jobs(deps(c)), 200));
  app.openapi(createRoute({
    method: "get",
    path: "/api/v1/profile",
    tags: ["profile"],
    summary: "Your candidate profile, CV and what the analyzer reads from them",
    responses: { 200: json(ProfileView, "the profile"), ...guarded }
  }), async (c) => c.json(await (await profileActions()).profileOf(deps(c), callerOf(c)), 200));
  app.openapi(createRoute({
    method: "put",
    path: "/api/v1/profile",
    tags: ["profile"],
    summary: "Replace your candidate profile",
    request: { body: jsonBody(ProfileBody) },
    responses: { 200: json(ProfileView, "the profile as stored"), 400: bad, ...guarded }
  }), async (c) => c.json(await (await profileActions()).saveProfile(deps(c), callerOf(c), c.req.valid("json")), 200));
  app.openapi(createRoute({
    method: "put",
    path: "/api/v1/profile/cv",
    tags: ["profile"],
    summary: "Upload your CV (.pdf, .md or .txt, at most 5 MiB); a profile is derived when you have none of your own",
    request: { body: { content: { "multipart/form-data": { schema: CvUpload } }, required: true } },
    responses: { 200: json(ProfileView, "the profile"), 400: bad, 413: { description: "the file is too large" }, ...guarded }
  }), async (c) => {
    const file = c.req.valid("form").file;
    if (!(file instanceof File))
      throw invalid([{ field: "file", message: "is required: a .pdf, .md or .txt file" }]);
    return c.json(await (await profileActions()).uploadCv(deps(c), callerOf(c), file.name, Buffer.from(await file.arrayBuffer())), 200);
  });
  app.openapi(createRoute({
    method: "get",
    path: "/api/v1/health",
    tags: ["health"],
    summary: "What `scoutly doctor` checks, Gemini usage, digest channels",
    request: { query: external_exports.object({ full: external_exports.enum(["0", "1"]).optional().openapi({ description: "1 also launches Chromium and asks Gemini" }) }) },
    responses: { 200: json(Health, "health"), ...guarded }
  }), async (c) => c.json(await (await healthActions()).health(deps(c), c.req.valid("query").full === "1"), 200));
  app.openapi(createRoute({
    method: "post",
    path: "/api/v1/health/test-digest",
    tags: ["health"],
    summary: "Send a test message to every digest channel",
    responses: { 200: json(TestDigestResult, "each channel's answer"), 409: { description: "no channel configured" }, ...guarded }
  }), async (c) => c.json({ results: await (await healthActions()).sendTestDigest(deps(c)) }, 200));
}

// dist/matches/states.js
var STATUS_WORDS = {
  want_to_apply: "Want to apply",
  pending_application: "Applying",
  applied: "Applied",
  interview_scheduled: "Interview",
  technical_assessment: "Assessment",
  rejected: "Rejected",
  offer_received: "Offer",
  offer_accepted: "Accepted",
  offer_declined: "Declined",
  stale: "Stale",
  discarded: "Not for me"
};
var NEXT = {
  want_to_apply: ["applied", "pending_application", "discarded"],
  pending_application: ["applied", "discarded"],
  applied: ["interview_scheduled", "technical_assessment", "rejected"],
  interview_scheduled: ["technical_assessment", "offer_received", "rejected"],
  technical_assessment: ["interview_scheduled", "offer_received", "rejected"],
  offer_received: ["offer_accepted", "offer_declined"],
  offer_accepted: [],
  offer_declined: [],
  rejected: ["want_to_apply"],
  stale: ["want_to_apply", "discarded"],
  discarded: ["want_to_apply"]
};
var nextStatuses = (status2) => NEXT[status2];

// dist/web/pages/account.js
var SignInPage = ({ email, next }) => jsxDEV("form", { method: "post", action: "/sign-in", class: "stack narrow", "aria-label": "Sign in", children: [jsxDEV("input", { type: "hidden", name: "next", value: next }), jsxDEV("label", { for: "email", children: "E-mail address" }), jsxDEV("input", { id: "email", type: "email", name: "email", autocomplete: "username", required: true, value: email }), jsxDEV("label", { for: "password", children: "Password" }), jsxDEV("input", { id: "password", type: "password", name: "password", autocomplete: "current-password", required: true }), jsxDEV("button", { type: "submit", children: "Sign in" }), jsxDEV("p", { class: "muted", children: ["No password yet? On the machine running Scoutly: ", jsxDEV("code", { children: "scoutly users set-password EMAIL" }), ", or", " ", jsxDEV("code", { children: "scoutly web setup-link EMAIL" }), " for a one-time link."] })] });
var SetupPage = ({ email, token, caller }) => email === null ? jsxDEV("p", { children: ["This setup link is unknown, already used or expired (links last 15 minutes). Ask for a new one on the machine running Scoutly:", " ", jsxDEV("code", { children: "scoutly web setup-link EMAIL" }), "."] }) : jsxDEV(PostForm, { action: `/setup/${encodeURIComponent(token)}`, caller, class: "stack narrow", label: "Choose a password", children: [jsxDEV("p", { children: ["Choose the password for ", jsxDEV("strong", { children: email }), ". At least ", MIN_PASSWORD_LENGTH, " characters; a few words make a good one."] }), jsxDEV("input", { type: "email", name: "email", autocomplete: "username", value: email, hidden: true, readonly: true, tabindex: -1 }), jsxDEV("label", { for: "password", children: "New password" }), jsxDEV("input", { id: "password", type: "password", name: "password", autocomplete: "new-password", minlength: MIN_PASSWORD_LENGTH, required: true }), jsxDEV("label", { for: "again", children: "The same again" }), jsxDEV("input", { id: "again", type: "password", name: "again", autocomplete: "new-password", minlength: MIN_PASSWORD_LENGTH, required: true }), jsxDEV("button", { type: "submit", children: "Set password and sign in" })] });
var ActionPage = ({ token, match: match2, status: status2, caller }) => jsxDEV(PostForm, { action: `/act/${encodeURIComponent(token)}`, caller, class: "stack narrow", label: "Confirm", children: [jsxDEV("p", { children: ["Mark ", jsxDEV("strong", { children: match2.title }), " at ", match2.company, " as ", jsxDEV("strong", { children: STATUS_WORDS[status2] }), "?"] }), jsxDEV("button", { type: "submit", children: ["Yes, ", STATUS_WORDS[status2]] }), jsxDEV("p", { children: jsxDEV("a", { href: "/matches", children: "No, open my matches" }) })] });
var ErrorPanel = ({ status: status2, detail, errors }) => jsxDEV("div", { class: "error-panel", children: [jsxDEV("p", { children: detail }), errors.length > 1 ? jsxDEV("ul", { children: errors.map((e) => jsxDEV("li", { children: [jsxDEV("strong", { children: e.field }), ": ", e.message] })) }) : null, jsxDEV("p", { children: status2 === 401 ? jsxDEV("a", { href: "/sign-in", children: "Sign in" }) : jsxDEV("a", { href: "/matches", children: "Back to your matches" }) })] });

// dist/web/pages/forms.js
function page(c, title, body, status2 = 200) {
  const flash = takeFlash(c);
  return c.html(documentHtml(jsxDEV(Page, { title, path: c.req.path, caller: c.var.caller, flash, children: body })), status2);
}
async function formFields(c) {
  const body = await c.req.parseBody({ all: true });
  const out = {};
  for (const [k, v] of Object.entries(body)) {
    const values = (Array.isArray(v) ? v : [v]).filter((x) => typeof x === "string");
    if (values.length)
      out[k] = values.length === 1 ? values[0] : values;
  }
  return out;
}
function parse(schema, fields) {
  const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== "" && v !== void 0));
  const result = schema.safeParse(given);
  if (!result.success)
    throw invalid(fieldProblems(result.error));
  return result.data;
}
async function fileOf(c, field) {
  const value = (await c.req.parseBody({ all: true }))[field];
  const file = Array.isArray(value) ? value[0] : value;
  if (!(file instanceof File) || file.size === 0)
    throw invalid([{ field, message: "choose a file first" }]);
  return file;
}
var PAGE_PREFIXES = ["/matches", "/companies", "/problems", "/jobs", "/profile", "/health"];
function backTo(c, fallback) {
  try {
    const referer = new URL(c.req.header("referer") ?? "");
    if (referer.host === c.req.header("host") && PAGE_PREFIXES.some((p) => referer.pathname.startsWith(p)))
      return referer.pathname + referer.search;
  } catch {
  }
  return fallback;
}
var safeNext = (next) => next && /^\/(?![/\\])/.test(next) ? next : "/matches";
var problemText = (p) => p.errors.length > 1 ? `${p.message} (${p.errors.slice(0, 10).map((e) => `${e.field}: ${e.message}`).join("; ")})` : p.message;
function formAction(work, fallback) {
  return async (c) => {
    const back = typeof fallback === "string" ? fallback : fallback(c);
    try {
      const done = await work(c, callerOf(c));
      setFlash(c, { kind: "ok", text: done.message });
      return c.redirect(done.to ?? backTo(c, back), 303);
    } catch (err) {
      const p = toProblem(err);
      if (![400, 409, 413].includes(p.status))
        throw err;
      setFlash(c, { kind: "error", text: problemText(p) });
      return c.redirect(backTo(c, back), 303);
    }
  };
}

// dist/web/pages/accountRoutes.js
function registerAccountPages(app) {
  const deps = (c) => c.var.deps;
  app.get("/sign-in", (c) => c.var.caller ? c.redirect("/matches", 303) : page(c, "Sign in", jsxDEV(SignInPage, { email: "", next: safeNext(c.req.query("next")) })));
  app.post("/sign-in", async (c) => {
    const f = await formFields(c);
    const email = typeof f.email === "string" ? f.email : "";
    const next = safeNext(typeof f.next === "string" ? f.next : void 0);
    const result = await signIn(deps(c).store, { email, password: typeof f.password === "string" ? f.password : "", address: clientAddress(c) }, () => deps(c).clock.now());
    if (result.ok) {
      setSessionCookie(c, result.token);
      return c.redirect(next, 303);
    }
    const limited = result.reason === "limited";
    if (limited)
      c.header("retry-after", String(Math.ceil(result.retryAfterMs / 1e3)));
    setFlash(c, { kind: "error", text: limited ? `Too many failed sign-ins: try again in ${Math.ceil(result.retryAfterMs / 6e4)} minute(s).` : "Wrong e-mail address or password." });
    const query = new URLSearchParams({ ...next === "/matches" ? {} : { next }, ...limited ? { limited: "1" } : {} }).toString();
    return c.redirect(`/sign-in${query ? `?${query}` : ""}`, 303);
  });
  app.post("/sign-out", (c) => {
    const token = sessionCookie(c);
    if (token)
      endSession(deps(c).store, token);
    clearSessionCookie(c);
    return c.redirect("/sign-in", 303);
  });
  app.get("/setup/:token", (c) => {
    const token = c.req.param("token");
    const grant = peekToken(deps(c).store, token, "setup", deps(c).clock.now());
    return grant ? page(c, "Choose a password", jsxDEV(SetupPage, { email: grant.email, token, caller: c.var.caller })) : page(c, "Setup link", jsxDEV(SetupPage, { email: null, token, caller: null }), 404);
  });
  app.post("/setup/:token", async (c) => {
    const { store, clock } = deps(c);
    const token = c.req.param("token");
    const grant = peekToken(store, token, "setup", clock.now());
    if (!grant)
      return page(c, "Setup link", jsxDEV(SetupPage, { email: null, token, caller: null }), 404);
    const f = await formFields(c);
    const password = typeof f.password === "string" ? f.password : "";
    const retry = (text) => {
      setFlash(c, { kind: "error", text });
      return c.redirect(`/setup/${encodeURIComponent(token)}`, 303);
    };
    if (password !== f.again)
      return retry("The two passwords differ.");
    let session;
    try {
      session = await setPassword(store, grant.userId, password, clock.now(), () => {
        if (consumeToken(store, token, "setup", clock.now())?.userId !== grant.userId)
          throw new HttpProblem(404, "Not found", "this setup link was used meanwhile");
        return createSession(store, grant.userId, clock.now());
      });
    } catch (err) {
      const p = toProblem(err);
      if (p.status !== 400)
        throw err;
      return retry(p.message);
    }
    setSessionCookie(c, session.token);
    setFlash(c, { kind: "ok", text: `Password set: you are signed in as ${grant.email}.` });
    return c.redirect("/matches", 303);
  });
  app.get("/act/:token", (c) => {
    const token = c.req.param("token");
    const found = previewAction(deps(c), token);
    if (!found)
      throw new HttpProblem(404, "Not found", "this action link is unknown, already used or expired; open your matches instead");
    return page(c, "Confirm", jsxDEV(ActionPage, { token, match: found.match, status: found.status, caller: c.var.caller }));
  });
  app.post("/act/:token", (c) => {
    const m = applyAction(deps(c), c.req.param("token"));
    return page(c, "Done", jsxDEV("p", { role: "status", children: [jsxDEV("strong", { children: m.title }), " at ", m.company, " is now ", jsxDEV("strong", { children: STATUS_WORDS[m.status] }), ". ", jsxDEV("a", { href: "/matches", children: "Your matches" })] }));
  });
}

// dist/web/pages/apiReference.js
var refName = (s) => typeof s?.$ref === "string" ? s.$ref.split("/").pop() : null;
var schemaText = (s) => refName(s) ?? (s ? JSON.stringify(s) : "");
var ApiReferencePage = ({ doc }) => {
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })));
  return jsxDEV(Fragment, { children: [jsxDEV("p", { children: ["Scripts authenticate with an API token (", jsxDEV("code", { children: "scoutly users token EMAIL" }), ") in the header ", jsxDEV("code", { children: "Authorization: Bearer TOKEN" }), ". Errors are ", jsxDEV("code", { children: "application/problem+json" }), " (RFC 9457) naming the field. The machine-readable document: ", jsxDEV("a", { href: "/api/openapi.json", children: "/api/openapi.json" }), " (OpenAPI ", String(doc.openapi ?? "3.1"), ")."] }), jsxDEV("ul", { class: "api-index", children: ops.map((o) => jsxDEV("li", { children: [jsxDEV("a", { href: `#${o.method}-${o.path}`, children: jsxDEV("code", { children: [o.method, " ", o.path] }) }), " ", o.op.summary] })) }), ops.map((o) => jsxDEV("section", { class: "card api-op", id: `${o.method}-${o.path}`, "aria-label": `${o.method} ${o.path}`, children: [jsxDEV("h2", { children: jsxDEV("code", { children: [o.method, " ", o.path] }) }), jsxDEV("p", { children: o.op.summary }), o.op.description ? jsxDEV("p", { class: "muted", children: o.op.description }) : null, o.op.parameters?.length ? jsxDEV("dl", { class: "facts", children: o.op.parameters.map((p) => jsxDEV("div", { children: [jsxDEV("dt", { children: [p.name, " ", jsxDEV("small", { children: ["(", p.in, p.required ? ", required" : "", ")"] })] }), jsxDEV("dd", { children: p.description ?? schemaText(p.schema) })] })) }) : null, o.op.requestBody?.content ? jsxDEV("p", { children: ["Body: ", Object.entries(o.op.requestBody.content).map(([type, c]) => jsxDEV(Fragment, { children: [jsxDEV("code", { children: type }), " ", schemaText(c.schema), " "] }))] }) : null, jsxDEV("p", { children: ["Answers: ", Object.entries(o.op.responses ?? {}).map(([code, r]) => jsxDEV(Fragment, { children: [jsxDEV("code", { children: code }), " ", r.description, "; "] }))] })] })), jsxDEV("h2", { children: "Schemas" }), Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => jsxDEV("details", { class: "schema", children: [jsxDEV("summary", { children: name }), jsxDEV("pre", { children: JSON.stringify(schema, null, 2) })] }))] });
};

// dist/web/pages/matches.js
var SINCE_CHOICES = [["", "any time"], ["1d", "the last day"], ["7d", "the last 7 days"], ["30d", "the last 30 days"], ["90d", "the last 90 days"]];
var VIA_WORDS = { cli: "from the command line", web: "in the dashboard", api: "through the API", digest: "from a digest" };
var Filters = ({ query, companies }) => jsxDEV("form", { method: "get", action: "/matches", class: "filters", "aria-label": "Filter matches", children: [jsxDEV("label", { children: ["Score at least ", jsxDEV("input", { type: "number", name: "minScore", min: 0, max: 100, step: 5, inputmode: "numeric", value: query.minScore === void 0 ? "" : String(query.minScore) })] }), jsxDEV("label", { children: ["Company ", jsxDEV("select", { name: "company", children: [jsxDEV("option", { value: "", children: "all" }), companies.map((c) => jsxDEV("option", { value: c.slug, selected: query.company === c.slug, children: c.name }))] })] }), jsxDEV("label", { children: ["Status ", jsxDEV("select", { name: "status", children: [jsxDEV("option", { value: "", children: "all" }), APPLICATION_STATUSES.map((s) => jsxDEV("option", { value: s, selected: query.status === s, children: STATUS_WORDS[s] }))] })] }), jsxDEV("label", { children: ["Saved in ", jsxDEV("select", { name: "since", children: SINCE_CHOICES.map(([v, label]) => jsxDEV("option", { value: v, selected: (query.since ?? "") === v, children: label })) })] }), jsxDEV("button", { type: "submit", children: "Filter" })] });
var StatusForms = ({ m, caller }) => {
  const next = nextStatuses(m.status);
  const noteId = `note-${m.id}`;
  return jsxDEV("div", { class: "status-forms", children: [jsxDEV(PostForm, { action: `/matches/${m.id}/status`, caller, class: "quick", label: `Move ${m.title} to the next state`, children: [jsxDEV("label", { for: noteId, children: ["Note ", jsxDEV("span", { class: "muted", children: "(optional)" })] }), jsxDEV("input", { id: noteId, name: "note", maxlength: 2e3, value: "" }), jsxDEV("div", { class: "buttons", children: next.map((s) => jsxDEV("button", { type: "submit", name: "status", value: s, class: s === "discarded" ? "secondary" : void 0, children: STATUS_WORDS[s] })) })] }), jsxDEV("details", { children: [jsxDEV("summary", { children: "Another state" }), jsxDEV(PostForm, { action: `/matches/${m.id}/status`, caller, class: "inline", label: `Set the state of ${m.title}`, children: [jsxDEV("label", { children: ["State ", jsxDEV("select", { name: "status", children: APPLICATION_STATUSES.map((s) => jsxDEV("option", { value: s, selected: s === m.status, children: STATUS_WORDS[s] })) })] }), jsxDEV("label", { children: ["Note ", jsxDEV("input", { name: "note", maxlength: 2e3, value: m.note ?? "" })] }), jsxDEV("button", { type: "submit", children: "Save" })] })] })] });
};
var History = ({ m }) => jsxDEV("details", { class: "history", children: [jsxDEV("summary", { children: ["History (", m.history.length + 1, ")"] }), jsxDEV("ol", { children: [jsxDEV("li", { children: [jsxDEV(Time, { ms: m.createdAt }), ": saved as a match (", STATUS_WORDS.want_to_apply, ")"] }), m.history.map((h) => jsxDEV("li", { children: [jsxDEV(Time, { ms: h.createdAt }), ": ", STATUS_WORDS[h.status], " ", VIA_WORDS[h.via], h.note ? jsxDEV(Fragment, { children: [": ", jsxDEV("q", { children: h.note })] }) : null] }))] })] });
var Reasons = ({ title, items, cls }) => items.length ? jsxDEV("div", { class: cls, children: [jsxDEV("h3", { children: title }), jsxDEV("ul", { children: items.map((r) => jsxDEV("li", { children: r })) })] }) : null;
var MatchCard = ({ m, caller }) => jsxDEV("article", { class: "card match", id: `match-${m.id}`, "aria-labelledby": `match-${m.id}-title`, children: [jsxDEV("header", { children: [jsxDEV("span", { class: "score", title: "score", children: m.score ?? "\u2014" }), jsxDEV("div", { children: [jsxDEV("h2", { id: `match-${m.id}-title`, children: jsxDEV(OutLink, { href: m.url, children: m.title }) }), jsxDEV("p", { class: "muted", children: [m.company, " \xB7 #", m.id] })] }), jsxDEV("span", { class: `badge s-${m.status}`, children: STATUS_WORDS[m.status] })] }), jsxDEV("dl", { class: "facts", children: [jsxDEV("div", { children: [jsxDEV("dt", { children: "Place" }), jsxDEV("dd", { children: [m.location, m.workplace?.toLowerCase().replace(/_/g, " ")].filter(Boolean).join(" \xB7 ") || "\u2014" })] }), jsxDEV("div", { children: [jsxDEV("dt", { children: "Pay" }), jsxDEV("dd", { children: m.compensation ?? "\u2014" })] }), jsxDEV("div", { children: [jsxDEV("dt", { children: "First seen" }), jsxDEV("dd", { children: [jsxDEV(Time, { ms: m.firstSeenAt }), m.closedAt ? jsxDEV(Fragment, { children: [" ", jsxDEV("span", { class: "tag", children: ["closed ", jsxDEV(Time, { ms: m.closedAt })] })] }) : null] })] }), m.note ? jsxDEV("div", { children: [jsxDEV("dt", { children: "Note" }), jsxDEV("dd", { children: m.note })] }) : null] }), jsxDEV("div", { class: "why", children: [jsxDEV(Reasons, { title: "Why it fits", items: m.reasons, cls: "reasons" }), jsxDEV(Reasons, { title: "Concerns", items: m.concerns, cls: "concerns" })] }), jsxDEV(StatusForms, { m, caller }), jsxDEV(History, { m })] });
function pageRange(list) {
  if (list.total <= list.perPage && list.page === 1)
    return "";
  const first = (list.page - 1) * list.perPage + 1;
  return list.matches.length ? `${first}\u2013${first + list.matches.length - 1} of ${list.total}` : `none of ${list.total} on page ${list.page}`;
}
var Pager = ({ list, pageLink }) => {
  const pages = Math.max(1, Math.ceil(list.total / list.perPage));
  if (pages === 1 && list.page === 1)
    return null;
  return jsxDEV("nav", { class: "pager", "aria-label": "Pages of matches", children: [list.page > 1 ? jsxDEV("a", { href: pageLink(Math.min(list.page - 1, pages)), rel: "prev", children: ["Previous ", list.perPage] }) : null, jsxDEV("span", { children: ["page ", list.page, " of ", pages] }), list.page < pages ? jsxDEV("a", { href: pageLink(list.page + 1), rel: "next", children: ["Next ", Math.min(list.perPage, list.total - list.page * list.perPage)] }) : null] });
};
var MatchesPage = ({ caller, list, query, companies, minScore, pageLink }) => {
  const { total } = list;
  const range = pageRange(list);
  const filtered = Object.entries(query).some(([k, v]) => v !== void 0 && k !== "page" && k !== "perPage");
  return jsxDEV(Fragment, { children: [jsxDEV(Filters, { query, companies }), jsxDEV("p", { class: "muted", role: "status", children: [total, " match", total === 1 ? "" : "es", " (postings scored ", minScore, " or more for you), best first", range ? `: ${range}` : "", "."] }), total === 0 ? jsxDEV(Empty, { children: ["No matches", filtered ? " with these filters" : " yet: they appear after a tick has scraped and scored postings of the companies you track", "."] }) : jsxDEV("div", { class: "list", children: list.matches.map((m) => jsxDEV(MatchCard, { m, caller })) }), jsxDEV(Pager, { list, pageLink })] });
};

// dist/web/pages/routes.js
var companiesPages = () => import("./companies-X6AGWQOK.js");
var opsPages = () => import("./ops-B3ZRDQG3.js");
var profilePages = () => import("./profile-JQNBIEAR.js");
var slugOf = (c) => c.req.param("slug") ?? "";
function registerPages(app, apiDoc) {
  const deps = (c) => c.var.deps;
  app.get("/", (c) => c.redirect(c.var.caller ? "/matches" : "/sign-in", 303));
  registerAccountPages(app);
  app.get("/matches", (c) => {
    const caller = callerOf(c);
    const raw = c.req.query();
    let query;
    try {
      query = parse(MatchQuery, raw);
    } catch (err) {
      const p = toProblem(err);
      return page(c, "Matches", jsxDEV("p", { class: "flash error", role: "alert", children: [p.message, ". ", jsxDEV("a", { href: "/matches", children: "Clear the filters" })] }), 400);
    }
    const companies = matchCompanies(deps(c).store, caller.account.id);
    const pageLink = (n) => `/matches?${new URLSearchParams({ ...Object.fromEntries(Object.entries(raw).filter(([k, v]) => k !== "page" && v)), page: String(n) }).toString()}`;
    return page(c, "Matches", jsxDEV(MatchesPage, { caller, list: myMatches(deps(c), caller, query), query, companies, minScore: deps(c).config.minScore, pageLink }));
  });
  app.post("/matches/:id/status", formAction(async (c, caller) => {
    const id = Number(c.req.param("id"));
    if (!Number.isInteger(id) || id <= 0)
      throw new HttpProblem(404, "Not found", "no such match");
    const change = parse(StatusChange, await formFields(c));
    const m = changeStatus(deps(c), caller, id, change);
    return { message: `${m.title} (${m.company}) is now ${STATUS_WORDS[m.status]}.` };
  }, "/matches"));
  app.get("/companies", async (c) => {
    const [{ allCompanies }, { CompaniesPage }] = await Promise.all([companyActions(), companiesPages()]);
    return page(c, "Companies", jsxDEV(CompaniesPage, { caller: callerOf(c), companies: allCompanies(deps(c), callerOf(c)), now: deps(c).clock.now() }));
  });
  app.post("/companies/preview", async (c) => {
    const caller = callerOf(c);
    let input;
    try {
      input = parse(ProbeRequest, await formFields(c));
    } catch (err) {
      setFlash(c, { kind: "error", text: problemText(toProblem(err)) });
      return c.redirect("/companies", 303);
    }
    const [{ probeCareersUrl }, { PreviewPage }] = await Promise.all([companyActions(), companiesPages()]);
    const probe = await probeCareersUrl(deps(c), input);
    return page(c, "Add a company", jsxDEV(PreviewPage, { caller, probe, selector: input.selector ?? "" }));
  });
  app.post("/companies", formAction(async (c, caller) => {
    const input = parse(NewCompany, await formFields(c));
    const saved = (await companyActions()).saveCompany(deps(c), caller, input);
    return { message: `Saved ${saved.name}, tracked at rank ${input.rank}: its first scrape is at the next tick.`, to: `/companies#company-${saved.slug}` };
  }, "/companies"));
  app.post("/companies/import", formAction(async (c, caller) => {
    const file = await fileOf(c, "file");
    const f = await formFields(c);
    const rank2 = f.rank ? parse(RankChange, { rank: f.rank }).rank : 50;
    const r = (await companyActions()).importFile(deps(c), caller, { text: await file.text(), fileName: file.name, skipInvalid: f.skipInvalid === "1", track: f.track === "1", rank: rank2 });
    return { message: `Imported ${file.name}: ${r.inserted} new, ${r.updated} updated${r.tracked ? `, ${r.tracked} tracked` : ", none tracked"}${r.skipped.length ? `; skipped ${r.skipped.length} invalid row(s)` : ""}${r.warnings.length ? `; ${r.warnings.length} warning(s): ${r.warnings.slice(0, 5).map((w) => `${w.where} ${w.field} ${w.message}`).join("; ")}` : ""}.` };
  }, "/companies"));
  app.post("/companies/:slug/rank", formAction(async (c, caller) => {
    const { rank: rank2 } = parse(RankChange, await formFields(c));
    const co = (await companyActions()).rankCompany(deps(c), caller, slugOf(c), rank2);
    return { message: `${co.name}: your rank is ${rank2}.`, to: `${backTo(c, "/companies")}#company-${co.slug}` };
  }, "/companies"));
  app.post("/companies/:slug/untrack", formAction(async (c, caller) => {
    const co = (await companyActions()).untrackCompany(deps(c), caller, slugOf(c));
    return { message: `You no longer track ${co.name} (your rank is kept if you track it again).` };
  }, "/companies"));
  app.post("/companies/:slug/scrape", formAction(async (c) => ({ message: (await (await companyActions()).scrapeNow(deps(c), slugOf(c))).message }), "/companies"));
  app.post("/companies/:slug/source", formAction(async (c, caller) => ({ message: (await companyActions()).changeSource(deps(c), caller, slugOf(c), parse(SourceChange, await formFields(c)).source) }), "/companies"));
  app.post("/companies/:slug/render", formAction(async (c, caller) => ({ message: (await companyActions()).changeRender(deps(c), caller, slugOf(c), parse(RenderChange, await formFields(c)).mode) }), "/companies"));
  app.post("/companies/:slug/remove", formAction(async (c, caller) => {
    if ((await formFields(c)).confirm !== "yes")
      throw invalid([{ field: "confirm", message: "tick the box to confirm the removal" }]);
    return { message: (await companyActions()).deleteCompany(deps(c), caller, slugOf(c)), to: "/companies" };
  }, "/companies"));
  app.get("/problems", async (c) => {
    const [{ problems }, { ProblemsPage }] = await Promise.all([jobActions(), opsPages()]);
    return page(c, "Problems", jsxDEV(ProblemsPage, { caller: callerOf(c), data: problems(deps(c)) }));
  });
  app.post("/tasks/:id/retry", formAction(async (c, caller) => {
    const id = Number(c.req.param("id"));
    if (!Number.isInteger(id) || id <= 0)
      throw new HttpProblem(404, "Not found", "no such task");
    return { message: (await jobActions()).retry(deps(c), caller, id).message };
  }, "/problems"));
  app.get("/jobs", async (c) => {
    const caller = callerOf(c);
    const [{ allCompanies }, { attemptsOf, jobs }, { JobsPage }] = await Promise.all([companyActions(), jobActions(), opsPages()]);
    const companies = allCompanies(deps(c), caller).map((co) => ({ slug: co.slug, name: co.name }));
    const slug2 = c.req.query("company");
    const company = slug2 ? companies.find((co) => co.slug === slug2) ?? null : null;
    if (slug2 && !company)
      throw new HttpProblem(404, "Not found", `no company "${slug2}"`);
    return page(c, "Jobs", jsxDEV(JobsPage, { caller, data: jobs(deps(c)), companies, company, attempts: company ? attemptsOf(deps(c), company.slug) : null }));
  });
  app.get("/profile", async (c) => {
    const [{ profileOf }, { ProfilePage }] = await Promise.all([profileActions(), profilePages()]);
    return page(c, "Profile", jsxDEV(ProfilePage, { caller: callerOf(c), view: await profileOf(deps(c), callerOf(c)) }));
  });
  app.post("/profile", formAction(async (c, caller) => {
    const { saveProfile, storedProfile } = await profileActions();
    await saveProfile(deps(c), caller, profileFromFields(await formFields(c), storedProfile(deps(c), caller)));
    return { message: "Profile saved: postings are scored against it from the next tick." };
  }, "/profile"));
  app.post("/profile/cv", formAction(async (c, caller) => {
    const file = await fileOf(c, "file");
    const view = await (await profileActions()).uploadCv(deps(c), caller, file.name, Buffer.from(await file.arrayBuffer()));
    return { message: `Stored ${view.cvFileName} (${view.cvChars ?? 0} characters of text)${view.derivedFromCv ? "; the profile below was derived from it" : ""}.` };
  }, "/profile"));
  app.get("/health", async (c) => {
    const full = c.req.query("full") === "1";
    const [{ health }, { HealthPage }] = await Promise.all([healthActions(), opsPages()]);
    return page(c, "Health", jsxDEV(HealthPage, { caller: callerOf(c), data: await health(deps(c), full), full }));
  });
  app.post("/health/test-digest", formAction(async (c) => {
    const results = await (await healthActions()).sendTestDigest(deps(c));
    return { message: results.map((r) => `${r.channel}: ${r.ok ? "accepted the test message" : `failed: ${r.error}`}`).join("; ") };
  }, "/health"));
  app.get("/api", (c) => page(c, "API", jsxDEV(ApiReferencePage, { doc: apiDoc() })));
}

// dist/web/app.js
var MAX_BODY_BYTES = 6 * 1024 * 1024;
var STATUS_TITLES = {
  400: "Something to fix",
  401: "Sign in first",
  403: "Not allowed",
  404: "Not found",
  409: "Not now",
  413: "Too large",
  429: "Too many tries",
  500: "Something went wrong",
  503: "Try again in a moment"
};
function answer(c, p) {
  if (isApiPath(c.req.path))
    return problemJson(c, p);
  for (const [k, v] of Object.entries(p.headers))
    c.header(k, v);
  return page(c, STATUS_TITLES[p.status] ?? p.title, jsxDEV(ErrorPanel, { status: p.status, detail: p.message, errors: p.errors }), p.status);
}
function createApp(deps) {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => result.success ? void 0 : problemJson(c, invalid(fieldProblems(result.error)))
  });
  app.use("*", async (c, next) => {
    c.set("deps", deps);
    c.set("caller", null);
    await next();
  });
  app.use("*", securityHeaders);
  app.use("*", bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => answer(c, new HttpProblem(413, "Too large", `a request may carry at most ${MAX_BODY_BYTES / 1048576} MiB (a CV at most 5 MiB); nothing was saved`))
  }));
  app.use("*", authenticate);
  app.use("*", async (c, next) => {
    await next();
    if (isTokenActionPath(c.req.path))
      c.res.headers.set("access-control-allow-origin", "*");
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", description: "an API token from `scoutly users token EMAIL`" });
  app.openAPIRegistry.registerComponent("securitySchemes", "session", { type: "apiKey", in: "cookie", name: SESSION_COOKIE, description: "a signed-in browser (state-changing requests also need the X-CSRF-Token header)" });
  registerApi(app);
  let doc;
  const apiDoc = () => doc ??= app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: { title: "Scoutly", version: "1", description: "Your matches, companies, jobs, profile and health: everything the dashboard does." },
    security: [{ bearer: [] }, { session: [] }]
  });
  app.get("/api/openapi.json", (c) => c.json(apiDoc()));
  registerPages(app, apiDoc);
  app.get("/assets/:name", (c) => {
    const found = asset(c.req.param("name"));
    if (!found)
      throw new HttpProblem(404, "Not found", "no such file");
    return c.body(new Uint8Array(found.body), 200, { "content-type": found.type, "cache-control": "public, max-age=31536000, immutable" });
  });
  app.notFound((c) => answer(c, new HttpProblem(404, "Not found", `nothing at ${c.req.path}`)));
  app.onError((err, c) => {
    const p = toProblem(err);
    if (p.status >= 500)
      deps.log.error(`web: ${c.req.method} ${c.req.path} failed: ${err?.stack ?? String(err)}`);
    return answer(c, p);
  });
  return app;
}
export {
  MAX_BODY_BYTES,
  createApp
};
