export const id = 913;
export const ids = [913];
export const modules = {

/***/ 4913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   versionCommand: () => (/* binding */ versionCommand)
/* harmony export */ });
/* harmony import */ var _kernel_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5788);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2386);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4911);
/** The `version` command. Its capability has not landed yet: it fails clearly instead of faking outputs. */



const versionCommand = (0,_kernel_command_js__WEBPACK_IMPORTED_MODULE_2__/* .unavailableCommand */ ._1)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .versionSpec */ .s, () => new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandUnavailableError */ .iz("version"));


/***/ })

};
